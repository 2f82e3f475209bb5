package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.engine.attachment.AttachmentPurpose;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.bulletin.BulletinId;
import org.tongxin.engine.bulletin.CompileBulletin;
import org.tongxin.engine.bulletin.PublishBulletin;
import org.tongxin.engine.bulletin.Recipient;
import org.tongxin.engine.consultation.CreateTopic;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicOrigin;
import org.tongxin.engine.registry.ResearchTopic;
import org.tongxin.engine.registry.Station;
import org.tongxin.engine.registry.StationCode;
import org.tongxin.engine.registry.StationKind;
import org.tongxin.engine.report.AdoptOpinionReport;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.report.RecordLeaderInstruction;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.report.SubmitOpinionReport;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.supervision.RegisterSupervisionEntry;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionType;
import org.tongxin.infra.attachments.Attachments;
import org.tongxin.infra.attachments.TestFiles;
import org.tongxin.infra.camunda.ProcessDiagrams;
import org.tongxin.infra.edge.AssignedProposal;
import org.tongxin.infra.registry.ResearchTopics;
import org.tongxin.infra.registry.Stations;
import org.tongxin.infra.security.UserAccounts;

/**
 * Who may call what, as one table: every endpoint and page × every demo account (and nobody) → the status they get.
 * API rows sign in with HTTP Basic, page rows with a session. {@code {staffTask}} is an open classification task,
 * offered to the proposal office only, so everyone else is told it does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    static final List<String> USERS = List.of(
            "anonymous",
            "staff",
            "member",
            "member2",
            "dept-transport",
            "dept-education",
            "leader",
            "supervisor",
            "designer",
            "admin");

    /** {@code -} means not asked (a POST that would only repeat what the other columns show). */
    static final String MATRIX =
            """
            # request                         anon staff member member2 dept-t dept-e leader superv design admin
            GET  /api/tasks                   401  200   200    200     200    200    200    200    200    200
            GET  /api/tasks/{staffTask}       401  200   404    404     404    404    404    404    404    404
            GET  /api/tasks/{staffTask}/form  401  200   404    404     404    404    404    404    404    404
            POST /api/tasks/{staffTask}/claim 401  -     404    -       404    -      404    -      -      404
            GET  /api/tasks/no-such-task      401  404   404    404     404    404    404    404    404    404
            GET  /api/clues                   401  200   200    200     200    200    200    200    200    200
            GET  /api/clues/{clue}            401  200   200    200     404    404    200    200    200    200
            GET  /api/clues/no-such-clue      401  404   404    404     404    404    404    404    404    404
            POST /api/public/clues            201  201   -      -       -      -      -      -      -      -
            GET  /api/proposals               401  200   200    200     200    200    200    200    200    200
            GET  /api/proposals/{proposal}    401  200   200    200     404    200    200    200    200    200
            GET  /api/proposals/no-such       401  404   404    404     404    404    404    404    404    404
            GET  /api/clues/{proposalClue}    401  200   200    200     404    200    200    200    200    200
            GET  /api/cases/{proposal}        401  200   200    200     404    200    200    200    200    200
            GET  /api/cases/{proposalClue}    401  200   200    200     404    200    200    200    200    200
            GET  /api/cases/{proposal}/history 401 200   200    200     404    200    200    200    200    200
            GET  /api/cases/{proposal}/lineage 401 200   200    200     403    403    200    200    200    200
            GET  /api/handlings/one?id={handling} 401 200 200   200     404    200    200    200    200    200
            GET  /api/members/member/record   401  200   200    403     403    403    200    200    403    200
            GET  /api/audit                   401  200   403    403     403    403    403    200    403    200
            GET  /api/stats?department=education 401 200 200    200     403    200    200    200    200    200
            GET  /actuator/health             200  200   200    200     200    200    200    200    200    200
            GET  /actuator/metrics            401  403   403    403     403    403    403    403    403    200
            GET  /                            302  200   200    200     200    200    200    200    200    200
            GET  /inbox                       302  200   200    200     200    200    200    200    200    200
            GET  /tasks/{staffTask}           302  200   404    404     404    404    404    404    404    404
            GET  /clues                       302  200   200    200     200    200    200    200    200    200
            GET  /clues/{clue}                302  200   200    200     404    404    200    200    200    200
            GET  /clues/no-such-clue          302  404   404    404     404    404    404    404    404    404
            GET  /clues/{proposalClue}        302  200   200    200     404    200    200    200    200    200
            GET  /cases/{clue}                302  200   200    200     404    404    200    200    200    200
            GET  /cases/no-such-case          302  404   404    404     404    404    404    404    404    404
            GET  /cases/diagram?id={clue}     302  200   200    200     404    404    200    200    200    200
            GET  /cases?id={clue}             302  302   302    302     302    302    302    302    302    302
            GET  /processes/model?definition=no-such 302 404 404  404     404    404    404    404    404    404
            GET  /processes/diagram?definition={definition} 302 200 200 200 200   200    200    200    200    200
            GET  /processes/diagram?definition=no-such 302 404 404 404   404    404    404    404    404    404
            GET  /api/processes/department-handling/versions 401 403 403 403 403 403 403 403 200 200
            GET  /api/processes/department-handling/versions/latest/xml 401 403 403 - 403 -  403    403    200    200
            GET  /api/processes/no-such/versions 401 403 403  -       403    -      403    403    404    404
            GET  /api/processes/department-handling/drafts 401 403 403 - 403 -      403    403    200    200
            POST /api/processes/department-handling/drafts 401 403 403 - 403 -      403    403    415    415
            POST /api/processes/department-handling/drafts/0/validate 401 403 403 - 403 - 403 403  404    404
            POST /api/processes/department-handling/drafts/0/deploy 401 403 403 - 403 - 403   403    404    404
            POST /api/processes/department-handling/drafts/0/rehearse 401 403 403 - 403 - 403 403 404    404
            POST /studio/department-handling/drafts/0/rehearse 302 403 403 - 403 - 403   403    404    404
            POST /api/processes/new           401  403   403    -       403    -      403    403    400    400
            POST /studio/new                  302  403   403    -       403    -      403    403    200    200
            POST /api/processes/migrations    401  403   403    -       403    -      403    403    400    400
            GET  /api/processes/department-handling/migrations/no-such 401 403 403 - 403 - 403 403  404    404
            GET  /studio                      302  403   403    403     403    403    403    403    200    200
            GET  /studio/department-handling  302  403   403    -       403    -      403    403    200    200
            GET  /studio/no-such              302  403   403    -       403    -      403    403    404    404
            GET  /studio/department-handling/migrate 302 403 403 -      403    -      403    403    200    200
            GET  /studio/department-handling/migrations/no-such 302 403 403 - 403 -    403    403    404    404
            GET  /board                       302  200   200    200     200    200    200    200    200    200
            GET  /board?department=education  302  200   200    200     403    200    200    200    200    200
            GET  /my                          302  200   200    200     200    200    200    200    200    200
            GET  /members/member              302  200   200    403     403    403    200    200    403    200
            GET  /audit                       302  200   403    403     403    403    403    200    403    200
            GET  /audit.csv                   302  200   403    403     403    403    403    200    403    200
            GET  /api/audit.csv               401  200   403    403     403    403    403    200    403    200
            GET  /stats                       302  200   200    200     200    200    200    200    200    200
            GET  /stats?department=education  302  200   200    200     403    200    200    200    200    200
            GET  /v3/api-docs                 302  200   200    200     200    200    200    200    200    200
            GET  /login                       200  200   200    200     200    200    200    200    200    200
            GET  /public/submit               200  200   200    200     200    200    200    200    200    200
            GET  /public/track/{code}         200  200   200    200     200    200    200    200    200    200
            GET  /public/track/TX-NOSUCH00    404  404   404    404     404    404    404    404    404    404
            GET  /public/poster               200  200   200    200     200    200    200    200    200    200
            GET  /api/admin/projections       401  403   403    403     403    403    403    403    403    200
            GET  /api/admin/projections/audit-log 401 403 403   403     403    403    403    403    403    200
            POST /api/admin/projections/audit-log/replay 401 403 - -    403    -      -      403    -      -
            GET  /api/admin/dead-letters      401  403   403    403     403    403    403    403    403    200
            POST /api/admin/dead-letters/clue-pool/bm8/retry 401 403 - - 403  -      -      403    -      404
            POST /api/admin/dead-letters/clue-pool/bm8/evict 401 403 - - 403  -      -      403    -      404
            POST /api/admin/reconciliation    401  403   403    -       403    -      403    403    403    200
            GET  /api/admin/reconciliation    401  403   403    403     403    403    403    403    403    200
            GET  /admin/projections           302  403   403    403     403    403    403    403    403    200
            GET  /api/directory/departments   401  200   200    200     200    200    200    200    200    200
            GET  /api/directory/members?q=王  401  200   200    200     200    200    200    200    200    200
            GET  /api/directory/leaders       401  200   200    200     200    200    200    200    200    200
            GET  /api/clues/lookup?q={code}   401  200   200    200     403    403    200    200    200    200
            GET  /api/proposals/lookup?q=2026 401  200   200    200     403    403    200    200    200    200
            GET  /api/categories              401  200   200    200     200    200    200    200    200    200
            POST /api/categories              401  400   403    403     403    403    403    403    403    400
            GET  /lookup/departments?q=交通   302  200   200    200     200    200    200    200    200    200
            GET  /lookup/members              302  200   200    200     200    200    200    200    200    200
            GET  /lookup/leaders              302  200   200    200     200    200    200    200    200    200
            GET  /lookup/categories           302  200   200    200     200    200    200    200    200    200
            GET  /lookup/clues?q={code}       302  200   200    200     403    403    200    200    200    200
            GET  /lookup/proposals?q=2026     302  200   200    200     403    403    200    200    200    200
            POST /api/corrections/handling-department 401 400 403 403 403 403    403    403    403    403
            POST /api/corrections/co-signer   401  400   403    403     403    403    403    403    403    403
            GET  /corrections/handling?id=no-such 302 404 403  403     403    403    403    403    403    403
            GET  /corrections/co-signer?proposal={proposal}&replaced=member2 302 404 403 403 403 403 403 403 403 403
            POST /corrections/co-signer?proposal=no-such&replaced=member2 302 404 403 403 403 403 403 403 403 403
            GET  /categories                  302  200   403    403     403    403    403    403    403    200
            GET  /reports                     302  200   200    200     200    200    200    200    403    200
            GET  /reports/new                 302  200   200    200     403    403    403    403    403    403
            GET  /reports/{report}            302  200   200    404     200    404    200    200    404    200
            GET  /reports/no-such-report      302  404   404    404     404    404    404    404    404    404
            GET  /api/reports                 401  200   200    200     200    200    200    200    403    200
            GET  /api/reports/{report}        401  200   200    404     200    404    200    200    404    200
            GET  /api/reports/no-such-report  401  404   404    404     404    404    404    404    404    404
            POST /api/reports                 401  400   400    -       403    -      403    403    403    403
            POST /api/reports/{report}/instructions 401 400 403  -       403    -      403    403    403    403
            GET  /api/bulletins               401  200   200    200     200    200    200    200    200    200
            GET  /api/tokens                  401  200   200    200     200    200    200    200    200    200
            POST /api/tokens                  401  400   400    -       400    -      400    400    400    400
            GET  /account/tokens              302  200   200    200     200    200    200    200    200    200
            POST /api/bulletins               401  400   403    -       403    -      403    403    403    403
            GET  /reports/{report}/pdf        302  200   200    404     200    404    200    200    404    200
            GET  /bulletins                   302  200   200    200     200    200    200    200    200    200
            GET  /bulletins/new               302  200   403    403     403    403    403    403    403    403
            GET  /bulletins/{bulletin}        302  200   404    404     200    404    200    200    404    200
            GET  /bulletins/{bulletin}/pdf    302  200   404    404     200    404    200    200    404    200
            GET  /bulletins/no-such           302  404   404    404     404    404    404    404    404    404
            GET  /api/bulletins/{bulletin}    401  200   404    404     200    404    200    200    404    200
            POST /api/bulletins/{bulletin}/publish 401 400 403  -       403    -      403    403    403    403
            POST /categories                  302  400   403    403     403    403    403    403    403    400
            POST /categories/retire?name=no-such 302 400 403  403     403    403    403    403    403    400
            GET  /api/key-proposals           401  200   403    403     403    403    200    200    403    403
            GET  /api/key-proposals?leader=leader 401 200 403  403     403    403    200    200    403    403
            POST /api/key-proposals/{proposal}/meetings 401 400 403 403 403 403  400    403    403    403
            POST /api/key-proposals/no-such/meetings 401 404 403 -    403    -      404    403    403    403
            GET  /key-proposals/{proposal}/meeting 302 404 403  403     403    403    404    403    403    403
            POST /key-proposals/no-such/meeting 302 404 403    -       403    -      404    403    403    403
            GET  /api/consultations           401  200   200    200     200    200    200    200    200    200
            GET  /api/consultations/{topic}   401  200   200    200     200    200    200    200    200    200
            GET  /api/consultations/no-such   401  404   404    404     404    404    404    404    404    404
            POST /api/consultations           401  400   400    400     403    403    400    403    403    403
            POST /api/consultations/{topic}/opinions/1/moderation 401 400 403 - 403 -   403    403    403    403
            POST /api/consultations/{topic}/opinions/1/lift 401 400 403 -   403    -      403    403    403    403
            POST /api/consultations/{topic}/opinions/1/erasure 401 400 403 - 403 -     403    403    403    403
            POST /api/consultations/{topic}/ask-again 401 400 403 -     403    -      400    403    403    403
            GET  /api/consultations/stats?from=2026-01-01&to=2027-01-01 401 200 200 200 200 200 200 200 200 200
            POST /api/public/consultations/{topic}/opinions 400 -  -      -       -      -      -      -      -      -
            GET  /api/members/member/consultations 401 200 200 403      403    403    200    200    403    200
            GET  /consultations               302  200   200    200     200    200    200    200    200    200
            GET  /consultations/{topic}       302  200   200    200     200    200    200    200    200    200
            GET  /consultations/no-such       302  404   404    404     404    404    404    404    404    404
            GET  /consultations/new           302  200   200    200     403    403    200    403    403    403
            GET  /consultations/stats         302  200   200    200     200    200    200    200    200    200
            POST /consultations/{topic}/opinions/1/publish 302 302 403 -    403    -      403    403    403    403
            POST /consultations/{topic}/opinions/1/erasure 302 302 403 -    403    -      403    403    403    403
            POST /consultations/{topic}/ask-again 302 302 403 -         403    -      302    403    403    403
            GET  /public/consultations        200  200   200    200     200    200    200    200    200    200
            GET  /public/consultations/{topic} 200 200   200    200     200    200    200    200    200    200
            GET  /public/consultations/no-such 404 404   404    404     404    404    404    404    404    404
            GET  /api/supervision             401  200   200    200     200    200    200    200    200    200
            GET  /api/supervision/{supervision} 401 200  200    200     404    200    200    200    200    200
            GET  /api/supervision/no-such     401  404   404    404     404    404    404    404    404    404
            POST /api/supervision             401  400   403    403     403    403    400    403    403    403
            GET  /api/supervision/supervisors 401  200   200    200     200    200    200    200    200    200
            POST /api/supervision/supervisors 401  400   403    403     403    403    403    403    403    403
            POST /api/supervision/supervisors/end 401 400 403  403     403    403    403    403    403    403
            GET  /api/supervision/findings    401  200   200    200     200    200    200    200    200    200
            POST /api/supervision/findings    401  400   400    400     403    403    403    403    403    403
            GET  /supervision                 302  200   200    200     200    200    200    200    200    200
            GET  /supervision/{supervision}   302  200   200    200     404    200    200    200    200    200
            GET  /supervision/no-such         302  404   404    404     404    404    404    404    404    404
            GET  /supervision/new             302  200   403    403     403    403    200    403    403    403
            POST /supervision/new             302  422   403    403     403    403    422    403    403    403
            GET  /supervision/supervisors     302  200   200    200     200    200    200    200    200    200
            POST /supervision/supervisors     302  422   403    403     403    403    403    403    403    403
            POST /supervision/supervisors/end 302  422   403    403     403    403    403    403    403    403
            POST /supervision/findings        302  422   422    422     403    403    403    403    403    403
            GET  /supervision/fragments/pool  302  200   200    200     200    200    200    200    200    200
            GET  /api/similar?text=幸福路路灯不亮 401 200 200 200  403    403    200    200    200    200
            GET  /similar?title=幸福路路灯不亮 302 200  200    200     403    403    200    200    200    200
            GET  /public/similar?title=路灯   200  200   200    200     200    200    200    200    200    200
            # record: the yearly record, its PDF and the summaries by sector and workstation
            GET  /api/members/member/record?year=2026 401 200 200 403   403    403    200    200    403    200
            GET  /api/members/member2/record  401  200   403    200     403    403    200    200    403    200
            GET  /api/members/member/record.pdf 401 200  200    403     403    403    200    200    403    200
            GET  /api/members/summary         401  200   403    403     403    403    200    200    403    200
            GET  /members/member/record.pdf   302  200   200    403     403    403    200    200    403    200
            GET  /members/summary             302  200   403    403     403    403    200    200    403    200
            GET  /api/attachments/{file}      401  200   200    200     404    200    200    200    200    200
            GET  /api/attachments/{file}/preview 401 200 200    200     404    200    200    200    200    200
            GET  /api/attachments?itemKind=PROPOSAL&itemId={proposal} 401 200 200 200 404 200 200 200 200 200
            GET  /api/attachments/no-such     401  404   404    404     404    404    404    404    404    404
            POST /api/attachments             401  415   415    -       415    -      415    -      -      415
            POST /api/attachments/{file}/publish 401 422 403    -       404    -      403    403    -      403
            GET  /files/{file}                302  200   200    200     404    200    200    200    200    200
            GET  /files/{file}/preview        302  200   200    200     404    200    200    200    200    200
            GET  /files/no-such               302  404   404    404     404    404    404    404    404    404
            POST /files/{file}/publish        302  302   403    -       404    -      403    -      -      403
            GET  /public/files/{file}         404  404   404    404     404    404    404    404    404    404
            GET  /public/submit?workstation=LG-LC-01 200 200 200 200    200    200    200    200    200    200
            GET  /api/linkage/escalations     401  200   403    403     403    403    403    403    403    403
            POST /api/linkage/escalations     401  400   403    403     403    403    403    403    403    403
            GET  /api/linkage/escalations/no-such 401 404 403   403     403    403    403    403    403    403
            POST /api/linkage/inbound         401  400   403    403     403    403    403    403    403    403
            GET  /api/linkage/inbound/no-such 401  404   403    403     403    403    403    403    403    403
            GET  /linkage                     302  200   403    403     403    403    403    403    403    403
            POST /linkage                     302  422   403    403     403    403    403    403    403    403
            GET  /api/notifications           401  200   200    200     200    200    200    200    200    200
            POST /api/notifications/read-all  401  204   204    204     204    204    204    204    204    204
            POST /api/notifications/00000000-0000-0000-0000-000000000000/read 401 404 404 404 404 404 404 404 404 404
            GET  /api/notifications/preferences 401 200  200    200     200    200    200    200    200    200
            PUT  /api/notifications/preferences 401 400  400    400     400    400    400    400    400    400
            GET  /api/notifications/deliveries 401 200   403    403     403    403    403    403    403    200
            GET  /notifications               302  200   200    200     200    200    200    200    200    200
            POST /notifications/read-all      302  302   302    302     302    302    302    302    302    302
            POST /notifications/00000000-0000-0000-0000-000000000000/read 302 404 404 404 404 404 404 404 404 404
            POST /api/proposals               401  400   400    400     403    403    403    403    403    403
            PUT  /api/proposals/{proposal}    401  400   400    400     403    403    403    403    403    403
            POST /api/proposals/{proposal}/submit 401 403 409   403     403    403    403    403    403    403
            POST /api/proposals/no-such/submit 401 404  404    404     403    403    403    403    403    403
            POST /api/proposals/{proposal}/withdraw 401 400 400 400     403    403    403    403    403    403
            GET  /proposals                   302  200   200    200     403    403    403    403    403    403
            GET  /proposals/new               302  200   200    200     403    403    403    403    403    403
            GET  /proposals/new?for=body      302  200   200    -       403    -      403    403    403    403
            GET  /proposals/fragments/mine    302  200   200    200     403    403    403    403    403    403
            POST /proposals/new               302  400   400    -       403    -      403    403    403    403
            GET  /proposals/{proposal}/edit   302  302   302    302     403    403    403    403    403    403
            GET  /proposals/{proposal}/withdraw 302 200  200    200     403    403    403    403    403    403
            POST /proposals/{proposal}/withdraw 302 400  400    400     403    403    403    403    403    403
            GET  /proposals/no-such/withdraw  302  404   404    404     403    403    403    403    403    403
            GET  /api/workstations            401  200   200    200     403    403    200    200    200    200
            GET  /api/workstations/{workstation} 401 200 200    200     403    403    200    200    200    200
            GET  /api/workstations/NO-SUCH    401  404   404    404     403    403    404    404    404    404
            POST /api/workstations            401  400   403    -       403    -      403    403    403    400
            POST /api/workstations/{workstation}/members 401 400 403 - 403  -      403    403    403    400
            POST /api/workstations/{workstation}/contact-points 401 400 403 - 403 - 403 403  403    400
            GET  /api/workstations/{workstation}/roster 401 200 200 200 403  403    200    200    200    200
            POST /api/workstations/{workstation}/roster 401 400 403 -  403    -      403    403    403    400
            GET  /api/workstations/{workstation}/bookings 401 200 403 403 403 403   403    403    403    200
            GET  /api/workstations/{workstation}/visits 401 200 200 200 403  403    200    200    200    200
            POST /api/workstations/{workstation}/visits 401 400 400 -  403    -      403    403    403    400
            GET  /api/workstations/{workstation}/totals 401 200 200 200 403  403    200    200    200    200
            GET  /api/workstations/totals     401  200   200    200     403    403    200    200    200    200
            GET  /api/duty                    401  400   200    200     403    403    403    403    403    400
            GET  /api/visits/999999           401  404   404    404     403    403    404    404    404    404
            POST /api/visits/999999/clues     401  400   400    -       403    -      403    403    403    400
            GET  /api/public/workstations/{workstation} 200 200 200 200 200   200    200    200    200    200
            GET  /api/public/workstations/NO-SUCH 404 404 404  404     404    404    404    404    404    404
            POST /api/public/workstations/{workstation}/bookings 400 - - - -  -      -      -      -      -
            GET  /api/research-topics         401  200   200    200     403    403    200    200    200    200
            GET  /api/research-topics/{research} 401 200 200    200     403    403    200    200    200    200
            GET  /api/research-topics/999999  401  404   404    404     403    403    404    404    404    404
            POST /api/research-topics         401  400   400    -       403    -      403    403    403    400
            POST /api/research-topics/{research}/citations 401 400 400 - 403 -      403    403    403    400
            GET  /workstations                302  200   200    200     403    403    200    200    200    200
            GET  /workstations/{workstation}  302  200   200    200     403    403    200    200    200    200
            GET  /workstations/NO-SUCH        302  404   404    404     403    403    404    404    404    404
            POST /workstations                302  400   403    403     403    403    403    403    403    400
            GET  /duty                        302  403   200    200     403    403    403    403    403    403
            GET  /research                    302  200   200    200     403    403    200    200    200    200
            GET  /research/{research}         302  200   200    200     403    403    200    200    200    200
            GET  /research/999999             302  404   404    404     403    403    404    404    404    404
            POST /research                    302  400   400    -       403    -      403    403    403    400
            GET  /public/workstations         200  200   200    200     200    200    200    200    200    200
            GET  /public/workstations/{workstation} 200 200 200 200   200    200    200    200    200    200
            GET  /public/workstations/NO-SUCH 404  404   404    404     404    404    404    404    404    404
            POST /public/workstations/{workstation}/book 400 - -  -       -      -      -      -      -      -
            POST /api/clues                   401  400   403    -       403    -      403    403    403    403
            GET  /clues/new                   302  200   403    403     403    403    403    403    403    403
            POST /clues/new                   302  422   403    -       403    -      403    403    403    403
            # operate: incidents and their retry, the instance search (designers and administrators act, supervisors read)
            GET  /api/incidents               401  403   403    403     403    403    403    200    200    200
            POST /api/incidents/no-such/retry 401  403   403    -       403    -      403    403    404    404
            GET  /api/process-instances?q=x   401  403   403    403     403    403    403    200    200    200
            GET  /api/process-instances/{clue}/positions 401 403 403 403 403 403    403    200    200    200
            GET  /api/process-instances/no-such/positions 401 403 403 403 403 403   403    404    404    404
            GET  /operations                  302  403   403    403     403    403    403    200    200    200
            GET  /operations/instances?key={clue} 302 403 403 403   403    403    403    200    200    200
            GET  /operations/instances?key=no-such 302 403 403 403  403    403    403    404    404    404
            GET  /operations/instances/positions?key={clue} 302 403 403 403 403 403 403 200 200   200
            POST /operations/incidents/no-such/retry 302 403 403 -   403    -      403    403    302    302
            POST /api/clues/{clue}/erasure    401  400   403    -       403    -      403    403    403    403
            POST /clues/{clue}/erasure        302  422   403    -       403    -      403    403    403    403
            POST /api/rules/what-if           401  403   403    -       403    -      403    400    400    400
            GET  /rules/what-if               302  403   403    403     403    403    403    200    200    200
            POST /rules/what-if               302  403   403    -       403    -      403    422    422    422
            # the working-day calendar: designers and administrators only, reads included
            GET  /api/calendar/2027           401  403   403    403     403    403    403    403    200    200
            GET  /api/calendar/1999           401  403   403    -       403    -      403    403    400    400
            PUT  /api/calendar/2027           401  403   403    -       403    -      403    403    400    400
            POST /api/calendar/2027/confirm   401  403   403    -       403    -      403    403    400    400
            GET  /calendar                    302  403   403    403     403    403    403    403    200    200
            GET  /calendar/2027               302  403   403    403     403    403    403    403    200    200
            GET  /calendar/1999               302  403   403    -       403    -      403    403    404    404
            POST /calendar/2027               302  403   403    -       403    -      403    403    422    422
            POST /calendar/2099/confirm       302  403   403    -       403    -      403    403    302    302
            # integrity: verification for oversight; the public key and a citizen's receipt for everyone
            GET  /api/integrity/verify        401  403   403    403     403    403    403    200    403    200
            GET  /api/integrity/verify?from=9&to=2 401 403 403  403     403    403    403    400    403    400
            GET  /integrity                   302  403   403    403     403    403    403    200    403    200
            GET  /api/public/integrity/public-key 200 200 200   200     200    200    200    200    200    200
            GET  /public/track/TX-NOSUCH00/receipt.pdf 404 404 404 404  404    404    404    404    404    404
            POST /public/track/TX-NOSUCH00/subscribe 404 404 404  -     404    -      404    404    404    404
            POST /public/track/TX-NOSUCH00/unsubscribe 404 404 404 -    404    -      404    404    404    404
            GET  /api/proposals/no-such/receipt.pdf 401 404 404 404     404    404    404    404    404    404
            GET  /proposals/no-such/receipt.pdf 302 404 404   404     404    404    404    404    404    404
            # exports: the lists and tables under their pages' rules; submitters for the office asking only
            GET  /api/stats.xlsx              401  200   200    200     200    200    200    200    200    200
            GET  /api/stats.xlsx?department=education 401 200 200 200   403    200    200    200    200    200
            GET  /stats.xlsx?department=education 302 200 200   200     403    200    200    200    200    200
            GET  /api/clues.xlsx              401  200   200    200     200    200    200    200    200    200
            GET  /api/clues.xlsx?personal=true 401 200   403    403     403    403    403    403    403    403
            GET  /clues.xlsx?personal=true    302  200   403    403     403    403    403    403    403    403
            GET  /api/handlings.xlsx?department=education 401 200 200 200 403  200    200    200    200    200
            GET  /board.xlsx                  302  200   200    200     200    200    200    200    200    200
            GET  /api/proposals.xlsx          401  200   200    200     200    200    200    200    200    200
            GET  /proposals.xlsx              302  200   200    200     200    200    200    200    200    200
            GET  /api/proposals/{proposal}/assignment-notice.pdf 401 200 403 403 404 200 200    200    403    200
            GET  /proposals/{proposal}/assignment-notice.pdf 302 200 403 403    404    200    200    200    403    200
            GET  /api/proposals/no-such/assignment-notice.pdf 401 404 403 403   404    404    404    404    403    404
            GET  /api/handlings/reply-letter.pdf?id={handling} 401 200 403 403  404    200    200    200    403    200
            GET  /handlings/reply-letter.pdf?id={handling} 302 200 403 403      404    200    200    200    403    200
            """;

    record Cell(String method, String path, String user, int expected) {
        @Override
        public String toString() {
            return method + " " + path + " as " + user + " → " + expected;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProcessDiagrams diagrams;

    @Autowired
    Attachments attachments;

    @Autowired
    Stations stations;

    @Autowired
    ResearchTopics researchTopics;

    private final AtomicInteger clients = new AtomicInteger();
    private Map<String, String> placeholders;

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.trim().split("\\s+");
            if (cols.length != 2 + USERS.size()) {
                throw new IllegalStateException("matrix row has " + cols.length + " columns: " + line);
            }
            for (int i = 0; i < USERS.size(); i++) {
                String expected = cols[2 + i];
                if (!expected.equals("-")) {
                    cells.add(Arguments.of(new Cell(cols[0], cols[1], USERS.get(i), Integer.parseInt(expected))));
                }
            }
        }
        return cells.stream();
    }

    @BeforeAll
    void aClueWaitingForClassification() throws Exception {
        JsonNode receipt = json.readTree(
                mvc.perform(publicSubmission()).andReturn().getResponse().getContentAsString());
        String clue = receipt.get("id").asText();
        String code = receipt.get("trackingCode").asText();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mvc.perform(get("/api/clues/" + clue).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mvc.perform(get("/api/cases/" + clue).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        JsonNode tasks = json.readTree(
                mvc.perform(get("/api/tasks").param("businessKey", clue).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        // a proposal assigned to education only: another department's officer is told it does not exist
        AssignedProposal proposal = AssignedProposal.to(commands, "education");
        await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(
                        get("/api/cases/" + proposal.proposalId()).with(httpBasic("staff", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .contains("education"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/clues/" + proposal.clueId()).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        String topic = TopicId.random().value();
        commands.sendAndWait(new CreateTopic(
                new TopicId(topic),
                "社区停车难",
                "老旧小区车位不足。",
                TopicKind.NEIGHBOURHOOD,
                TopicOrigin.MEMBERS,
                "龙岗区",
                "龙城街道",
                null,
                List.of("member"),
                List.of(),
                List.of(),
                ActorRef.of("member", Role.MEMBER)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/consultations/" + topic).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        // a supervision entry whose one finding went to education for rectification
        SupervisionId entry = SupervisionId.random();
        commands.sendAndWait(new RegisterSupervisionEntry(
                entry,
                "校门口接送拥堵",
                null,
                SupervisionType.SPECIAL,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(),
                List.of(new DepartmentCode("education")),
                List.of(),
                "放学时段校门口道路拥堵",
                ActorRef.of("staff", Role.STAFF)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/supervision/" + entry).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        String file = attachments
                .add(
                        new ItemRef(ItemKind.PROPOSAL, proposal.proposalId()),
                        AttachmentPurpose.RESEARCH_REPORT,
                        attachments
                                .inspect(
                                        "file",
                                        List.of(new Attachments.Upload("路线图.png", TestFiles.image("png", 40, 30))))
                                .get(0),
                        ActorRef.of("member", Role.MEMBER))
                .attachmentId()
                .value();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/attachments/" + file).with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        String report = adoptedReportTransferredToTransport();
        String bulletin = publishedToLeaderAndTransport(report);
        // a workstation and a research topic of the registry
        stations.save(new Station(
                new StationCode("AM-STATION"),
                "矩阵测试工作站",
                StationKind.WORKSTATION,
                "龙岗区",
                "龙城街道",
                null,
                null,
                null,
                null));
        long research = researchTopics.create(
                new ResearchTopic(
                        "矩阵测试调研课题",
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .getYear(),
                        "member",
                        List.of()),
                null,
                null);
        placeholders = Map.ofEntries(
                Map.entry("{workstation}", "AM-STATION"),
                Map.entry("{research}", Long.toString(research)),
                Map.entry("{bulletin}", bulletin),
                Map.entry("{file}", file),
                Map.entry("{report}", report),
                Map.entry("{topic}", topic),
                Map.entry("{supervision}", entry.value()),
                Map.entry("{clue}", clue),
                Map.entry("{code}", code),
                Map.entry("{staffTask}", tasks.get(0).get("id").asText()),
                Map.entry("{proposal}", proposal.proposalId()),
                Map.entry("{proposalClue}", proposal.clueId()),
                Map.entry("{handling}", proposal.handlingId()),
                Map.entry("{definition}", diagrams.deployed().get(0).definitionId()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void theMatrixHolds(Cell cell) throws Exception {
        String path = cell.path();
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            path = path.replace(p.getKey(), p.getValue());
        }
        // a path's query string (e.g. ?department=) is passed as it is written in the table
        MockHttpServletRequestBuilder request = cell.method().equals("POST")
                ? (path.equals("/api/public/clues") ? publicSubmission() : post(path))
                : cell.method().equals("PUT") ? put(path) : get(path);
        // Each request comes from its own address, so the public rate limit never colours the matrix.
        int client = clients.incrementAndGet();
        request.with(r -> {
            r.setRemoteAddr("10.20." + (client / 250) + "." + (client % 250 + 1));
            return r;
        });
        if (!cell.user().equals("anonymous")) {
            boolean api = path.startsWith("/api/") || path.startsWith("/actuator/");
            request.with(api ? httpBasic(cell.user(), "demo") : user(accounts.loadUserByUsername(cell.user())));
        }
        if (!cell.method().equals("GET") && !path.startsWith("/api/")) {
            // a page's form carries its CSRF token, as the browser sends it
            request.with(csrf());
        }

        int status = mvc.perform(request).andReturn().getResponse().getStatus();

        assertThat(status).as(cell.toString()).isEqualTo(cell.expected());
    }

    /** Member's report, adopted and transferred by a leader's instruction to the transport department. */
    private String adoptedReportTransferredToTransport() throws Exception {
        ReportId report = ReportId.random();
        ActorRef member = ActorRef.of("member", Role.MEMBER);
        ActorRef staff = ActorRef.of("staff", Role.STAFF);
        commands.sendAndWait(new DraftOpinionReport(report, "地铁出口被占", "地铁出口被共享单车占用。", List.of(), member));
        commands.sendAndWait(new SubmitOpinionReport(report, member));
        commands.sendAndWait(new AdoptOpinionReport(report, ReportLevel.DISTRICT, staff));
        commands.sendAndWait(
                new RecordLeaderInstruction(report, "区长", "请研究。", List.of(new DepartmentCode("transport")), staff));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/reports/" + report.value()).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("transport"));
        return report.value();
    }

    /** An issue holding the report, published to the leader and the transport department. */
    private String publishedToLeaderAndTransport(String report) throws Exception {
        BulletinId issue = BulletinId.of(2099, 1);
        ActorRef staff = ActorRef.of("staff", Role.STAFF);
        commands.sendAndWait(new CompileBulletin(issue, "编者按", List.of(report), staff));
        commands.sendAndWait(new PublishBulletin(
                issue,
                List.of(
                        new Recipient(Recipient.Kind.LEADER, "leader"),
                        new Recipient(Recipient.Kind.DEPARTMENT, "transport")),
                staff));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.perform(get("/api/bulletins/" + issue.value()).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("publishedAt\":\""));
        return issue.value();
    }

    private MockHttpServletRequestBuilder publicSubmission() throws Exception {
        return post("/api/public/clues")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of(
                        "title", "学校门口缺少人行横道",
                        "content", "龙城小学门口车流大，学生过马路危险。",
                        "source", "CITIZEN_IDEA",
                        "district", "龙岗区",
                        "street", "龙城街道")));
    }
}
