package org.tongxin.projections.supervision;

import java.util.ArrayList;
import java.util.List;
import org.tongxin.engine.supervision.Finding;
import org.tongxin.engine.supervision.InspectionRecorded;
import org.tongxin.engine.supervision.RectificationAnswered;
import org.tongxin.engine.supervision.RectificationOrdered;
import org.tongxin.engine.supervision.RectificationVerified;
import org.tongxin.engine.supervision.SupervisionEntryClosed;
import org.tongxin.engine.supervision.SupervisionEntryRegistered;
import org.tongxin.engine.supervision.SupervisionEvent;
import org.tongxin.engine.supervision.SupervisionStatus;
import org.tongxin.engine.supervision.SupervisionTeamFormed;
import org.tongxin.projections.supervision.SupervisionView.Activity;
import org.tongxin.projections.supervision.SupervisionView.FindingView;
import org.tongxin.projections.supervision.SupervisionView.Item;
import org.tongxin.projections.supervision.SupervisionView.Source;
import org.tongxin.projections.supervision.SupervisionView.Team;

/** Folds one supervision event into the entry's view; an event at or below the view's version changes nothing. */
final class SupervisionFold {

    private SupervisionFold() {}

    static SupervisionView apply(SupervisionView view, SupervisionEvent event, long sequence) {
        if (view == null && !(event instanceof SupervisionEntryRegistered)) {
            return null;
        }
        if (view != null && sequence <= view.version()) {
            return view;
        }
        if (event instanceof SupervisionEntryRegistered e) {
            return new SupervisionView(
                    e.supervisionId().value(),
                    e.subject(),
                    e.description(),
                    e.type().name(),
                    e.planYear(),
                    SupervisionStatus.POOLED.name(),
                    e.departments().stream().map(d -> d.value()).toList(),
                    e.sources().stream()
                            .map(s -> new Source(s.kind().name(), s.id()))
                            .toList(),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    0,
                    0,
                    e.registeredBy().userId(),
                    e.registeredAt(),
                    null,
                    sequence);
        }
        String status = view.status();
        Team team = view.team();
        List<Activity> activities = new ArrayList<>(view.activities());
        List<Item> items = new ArrayList<>(view.items());
        String result = view.result();
        int accepted = view.accepted();
        int unresolved = view.unresolved();
        var closedAt = view.closedAt();
        if (event instanceof SupervisionTeamFormed e) {
            team = new Team(e.members(), e.staff(), e.governmentInspectionOffice());
            status = SupervisionStatus.UNDER_WAY.name();
        } else if (event instanceof InspectionRecorded e) {
            List<FindingView> findings = new ArrayList<>();
            int no = e.firstFindingNo();
            for (Finding f : e.findings()) {
                findings.add(new FindingView(no++, f.department().value(), f.text()));
            }
            activities.add(new Activity(e.n(), e.kind().name(), e.heldOn(), e.places(), e.participants(), findings));
        } else if (event instanceof RectificationOrdered e) {
            items.add(new Item(
                    e.handlingId().value(),
                    e.findingNo(),
                    e.department().value(),
                    e.finding(),
                    e.round(),
                    "TRANSFERRED",
                    null,
                    null,
                    null,
                    null,
                    e.orderedAt()));
            status = SupervisionStatus.UNDER_WAY.name();
        } else if (event instanceof RectificationAnswered e) {
            items.replaceAll(i -> i.handlingId().equals(e.handlingId().value())
                    ? new Item(
                            i.handlingId(),
                            i.findingNo(),
                            i.department(),
                            i.finding(),
                            i.round(),
                            "ANSWERED",
                            e.text(),
                            e.evidence(),
                            e.answeredOn(),
                            i.opinion(),
                            i.orderedAt())
                    : i);
        } else if (event instanceof RectificationVerified e) {
            items.replaceAll(i -> i.handlingId().equals(e.handlingId().value())
                    ? new Item(
                            i.handlingId(),
                            i.findingNo(),
                            i.department(),
                            i.finding(),
                            i.round(),
                            e.verdict().name(),
                            i.answer(),
                            i.evidence(),
                            i.answeredOn(),
                            e.opinion(),
                            i.orderedAt())
                    : i);
        } else if (event instanceof SupervisionEntryClosed e) {
            status = SupervisionStatus.CLOSED.name();
            result = e.result();
            accepted = e.accepted();
            unresolved = e.unresolved();
            closedAt = e.closedAt();
        }
        return new SupervisionView(
                view.supervisionId(),
                view.subject(),
                view.description(),
                view.type(),
                view.planYear(),
                status,
                view.departments(),
                view.sources(),
                team,
                activities,
                items,
                result,
                accepted,
                unresolved,
                view.registeredBy(),
                view.registeredAt(),
                closedAt,
                sequence);
    }
}
