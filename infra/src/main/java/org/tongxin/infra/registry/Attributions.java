package org.tongxin.infra.registry;

import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.shared.Role;

/**
 * A member's clue is attributed to the member, their sector and their workstation whatever way it comes in (the
 * member's own intake, staff entering it on the member's behalf, a workstation visit), so the clue pool's sector and
 * workstation facets fill from real intake. It fills only what the command leaves open: an attribution the caller set
 * (a visit's own workstation, a poster's code) stands. A member's public-opinion report gets their sector the same
 * way. Proposals carry no attribution of their own; their clues do.
 */
@Configuration(proxyBeanMethods = false)
class Attributions {

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> registryAttribution(Stations stations) {
        return messages -> (index, message) -> {
            Object payload = message.getPayload();
            if (payload instanceof RegisterClue clue) {
                return complete(clue, stations)
                        .<CommandMessage<?>>map(
                                c -> GenericCommandMessage.asCommandMessage(c).andMetaData(message.getMetaData()))
                        .orElse(message);
            }
            if (payload instanceof DraftOpinionReport report) {
                return withSector(report, stations)
                        .<CommandMessage<?>>map(
                                r -> GenericCommandMessage.asCommandMessage(r).andMetaData(message.getMetaData()))
                        .orElse(message);
            }
            return message;
        };
    }

    /** The clue with its attribution completed from the registry, or empty when there is nothing to add. */
    static Optional<RegisterClue> complete(RegisterClue c, Stations stations) {
        Attribution given = c.attribution() == null ? Attribution.none() : c.attribution();
        String member = given.member();
        if (member == null && c.by() != null && c.by().role() == Role.MEMBER) {
            member = c.by().userId();
        }
        if (member == null) {
            return Optional.empty();
        }
        String sector = given.sector() != null
                ? given.sector()
                : stations.sectorOf(member).orElse(null);
        String workstation = given.workstation() != null
                ? given.workstation()
                : stations.homeOf(member).orElse(null);
        Attribution completed = new Attribution(member, workstation, sector);
        if (completed.equals(given)) {
            return Optional.empty();
        }
        return Optional.of(new RegisterClue(
                c.clueId(),
                c.trackingCode(),
                c.title(),
                c.content(),
                c.source(),
                c.location(),
                completed,
                c.submitter(),
                c.by()));
    }

    static Optional<DraftOpinionReport> withSector(DraftOpinionReport r, Stations stations) {
        if (r.sector() != null && !r.sector().isBlank()) {
            return Optional.empty();
        }
        String author = r.author() != null && !r.author().isBlank()
                ? r.author()
                : r.by().role() == Role.MEMBER ? r.by().userId() : null;
        if (author == null) {
            return Optional.empty();
        }
        return stations.sectorOf(author)
                .map(sector -> new DraftOpinionReport(
                        r.reportId(), r.title(), r.content(), r.sources(), r.author(), r.coAuthors(), sector, r.by()));
    }
}
