package org.tongxin.projections.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.bulletin.BulletinCompiled;
import org.tongxin.engine.bulletin.BulletinEvent;
import org.tongxin.engine.bulletin.BulletinPublished;
import org.tongxin.engine.report.ReportEvent;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.ViewBatch;

/** Folds every report event into {@code report_view} and every bulletin event into {@code bulletin_view}. */
@Component
@ProcessingGroup(ReportProjection.GROUP)
public class ReportProjection {

    public static final String GROUP = "reports";

    private final ReportRepository repository;
    private final ViewBatch<ReportView> reports;
    private final ViewBatch<BulletinView> bulletins;

    ReportProjection(ReportRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.reports = new ViewBatch<>(GROUP, "report_view", repository::find, repository::saveAll, isolation);
        this.bulletins =
                new ViewBatch<>(GROUP, "bulletin_view", repository::findBulletin, repository::saveBulletins, isolation);
    }

    @EventHandler
    void on(ReportEvent event, @SequenceNumber long sequence) {
        reports.update(event.reportId().value(), view -> ReportFold.apply(view, event, sequence));
    }

    @EventHandler
    void on(BulletinEvent event, @SequenceNumber long sequence) {
        bulletins.update(event.bulletinId().value(), view -> fold(view, event, sequence));
    }

    static BulletinView fold(BulletinView view, BulletinEvent event, long sequence) {
        if (event instanceof BulletinCompiled e) {
            return new BulletinView(
                    e.bulletinId().value(),
                    e.year(),
                    e.number(),
                    e.label(),
                    e.editorNote(),
                    e.reports(),
                    List.of(),
                    e.compiledAt(),
                    null,
                    sequence);
        }
        if (view == null) {
            return null;
        }
        if (event instanceof BulletinPublished e) {
            List<BulletinView.Reader> readers = new ArrayList<>();
            e.recipients()
                    .forEach(r -> readers.add(new BulletinView.Reader(r.kind().name(), r.id())));
            return new BulletinView(
                    view.bulletinId(),
                    view.year(),
                    view.number(),
                    view.label(),
                    view.editorNote(),
                    view.reports(),
                    readers,
                    view.compiledAt(),
                    e.publishedAt(),
                    sequence);
        }
        return view;
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<ReportView> handle(FindReport query) {
        return repository.find(query.reportId());
    }

    @QueryHandler
    List<ReportView> handle(ListInstructionsBy query) {
        return repository.instructedBy(query.leader(), query.limit());
    }

    @QueryHandler
    ReportPage handle(ListReports query) {
        return repository.list(query);
    }

    @QueryHandler
    Optional<BulletinView> handle(FindBulletin query) {
        return repository.findBulletin(query.bulletinId());
    }

    @QueryHandler
    BulletinPage handle(ListBulletins query) {
        return new BulletinPage(repository.bulletins(query));
    }

    @QueryHandler
    Optional<BulletinContents> handle(FindBulletinContents query) {
        return repository
                .findBulletin(query.bulletinId())
                .map(b -> new BulletinContents(b, repository.findAll(b.reports())));
    }

    @QueryHandler
    Integer handle(NextBulletinNumber query) {
        return repository.nextNumber(query.year());
    }

    @QueryHandler
    CreditPage handle(CountReportCredit query) {
        return new CreditPage(repository.credit(query));
    }
}
