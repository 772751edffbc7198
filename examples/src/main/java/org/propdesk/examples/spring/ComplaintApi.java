package org.propdesk.examples.spring;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RelayReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The example's REST API over {@link PropDesk} (投诉接口): staff act by their directory id in the {@code
 * X-Staff-Id} header. Bad input answers 400 naming the field and the rule; a refusal by the rules 422
 * with the staff text in the staff's language; an unknown complaint 404; a concurrent change 409.
 * Stateless and thread-safe.
 */
@RestController
public class ComplaintApi {
  private final PropDesk desk;
  private final StaffInbox inbox;

  /** The API over the starter's desk and the example's inbox. */
  public ComplaintApi(PropDesk desk, StaffInbox inbox) {
    this.desk = desk;
    this.inbox = inbox;
  }

  /** What the front desk types in for a new complaint. */
  public record NewComplaint(@Nullable String desk, @Nullable String unit, @Nullable String owner,
      @Nullable String contactName, @Nullable String contactPhone, @Nullable ComplaintCategory category,
      @Nullable Channel channel, @Nullable String content) {}

  /** The supervisor's judgement: valid (with fault and loss flags) or invalid with a reason. */
  public record NewJudgement(boolean valid, boolean companyAtFault, boolean majorLossOrInjury, @Nullable String reason) {}

  /** A complaint as the API shows it (the contact phone masked). */
  public record ComplaintView(String id, String office, String state, long version, String contactPhone) {
    static ComplaintView of(Complaint c) {
      return new ComplaintView(c.id().value(), c.office().value(), c.state().name(), c.version(), c.contactPhone().toString());
    }
  }

  /** A notification as the inbox shows it. */
  public record NotificationView(String eventType, String role, String aggregateId, String subject, String body) {}

  private Actor actor(String staffId) {
    return desk.directory().staff(StaffId.of(staffId))
        .orElseThrow(() -> new InvalidInputException("X-Staff-Id", "staff " + staffId + " is not in the directory"))
        .asActor();
  }

  /** Registers a complaint: 201 with the new complaint. */
  @PostMapping("/api/complaints")
  public ResponseEntity<?> register(@RequestHeader("X-Staff-Id") String staff, @RequestBody NewComplaint in) {
    Registration.Builder r = Registration.builder()
        .channel(in.channel() == null ? Channel.FRONT_DESK : in.channel())
        .contactName(required("contactName", in.contactName()))
        .contactPhone(required("contactPhone", in.contactPhone()))
        .category(required("category", in.category()))
        .content(required("content", in.content()))
        .desk(FrontDeskId.of(required("desk", in.desk())))
        .unit(UnitId.of(required("unit", in.unit())))
        .owner(OwnerId.of(required("owner", in.owner())));
    return answer(desk.complaints().register(actor(staff), r.build()), HttpStatus.CREATED);
  }

  /** Judges a complaint valid or invalid. */
  @PostMapping("/api/complaints/{id}/judgement")
  public ResponseEntity<?> judge(@RequestHeader("X-Staff-Id") String staff, @PathVariable("id") String id,
      @RequestBody NewJudgement in) {
    Judgement j = in.valid() ? Judgement.valid(in.companyAtFault(), in.majorLossOrInjury())
        : Judgement.invalid(required("reason", in.reason()));
    return answer(desk.complaints().judge(actor(staff), ComplaintId.of(id), j), HttpStatus.OK);
  }

  /** One complaint, if the staff member may see it. */
  @GetMapping("/api/complaints/{id}")
  public ResponseEntity<?> find(@RequestHeader("X-Staff-Id") String staff, @PathVariable("id") String id) {
    return desk.complaints().find(actor(staff), ComplaintId.of(id)).<ResponseEntity<?>>map(c -> ResponseEntity.ok(ComplaintView.of(c)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "complaint " + id + " not found")));
  }

  /** Runs the outbox relay now (the starter also runs it every ten seconds). */
  @PostMapping("/api/outbox/deliver")
  public RelayReport deliver() {
    return desk.outbox().deliverDue();
  }

  /** The latest staff notifications, newest first. */
  @GetMapping("/api/inbox")
  public List<NotificationView> inbox() {
    return inbox.latest().stream().map(n -> new NotificationView(n.eventType(), n.role().map(Enum::name).orElse(""),
        n.aggregateId(), n.subject(), n.body())).toList();
  }

  private ResponseEntity<?> answer(Result<Complaint> r, HttpStatus accepted) {
    if (r.isAccepted()) {
      return ResponseEntity.status(accepted).body(ComplaintView.of(r.orElseThrow()));
    }
    Rejection why = r.rejection().orElseThrow();
    HttpStatus status = why.code() == RejectionCode.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY;
    return ResponseEntity.status(status).body(Map.of("code", why.code().name(), "field", why.field().orElse(""),
        "message", desk.explain(why)));
  }

  private static <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  /** Bad input: 400 naming the field and the rule. */
  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> badInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("field", e.field(), "rule", e.rule()));
  }

  /** A concurrent change: 409, retry with the current version. */
  @ExceptionHandler(StaleVersionException.class)
  public ResponseEntity<Map<String, String>> conflict(StaleVersionException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
  }
}
