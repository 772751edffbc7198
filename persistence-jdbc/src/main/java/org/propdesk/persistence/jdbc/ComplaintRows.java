package org.propdesk.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.CallbackRecord;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintFacts;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ComplaintTrigger;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.ContactRecord;
import org.propdesk.core.complaint.HistoryEntry;
import org.propdesk.core.complaint.MajorCriterion;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * Maps complaints to rows and back: one {@code pd_complaint} row plus one row per entry of each
 * append-only list. Saving appends only the entries that are new. Stateless; SQL lives here.
 */
final class ComplaintRows {
  private static final PersonalDataPermit STORAGE = PersonalDataPermit.forPurpose("storing the complaint's contact phone");

  private static final String COLUMNS =
      "id, office_id, zone_id, desk_id, channel, owner_id, unit_id, contact_name, contact_phone, category, content,"
          + " concerns_contracted_service, registered_at, registered_by, version, state, complaint_class, major_criteria,"
          + " handler_role, fact_contracted_failure, fact_company_at_fault, fact_major_loss_or_injury, invalid_reason,"
          + " repeat_of, first_reply_deadline, first_reply_at, first_reply_overdue, upgrade_due, auto_upgraded,"
          + " resolved_at, resolution, reopen_count, closed_at";

  private static final String INSERT =
      "INSERT INTO pd_complaint (" + COLUMNS + ") VALUES (" + "?, ".repeat(32) + "?)";

  private static final String UPDATE =
      "UPDATE pd_complaint SET version = ?, state = ?, complaint_class = ?, major_criteria = ?, handler_role = ?,"
          + " fact_contracted_failure = ?, fact_company_at_fault = ?, fact_major_loss_or_injury = ?, invalid_reason = ?,"
          + " repeat_of = ?, first_reply_at = ?, first_reply_overdue = ?, auto_upgraded = ?, resolved_at = ?,"
          + " resolution = ?, reopen_count = ?, closed_at = ? WHERE id = ? AND version = ?";

  private ComplaintRows() {}

  static void insert(Connection c, Complaint x) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      Sql.bind(ps, x.id(), x.office(), x.zone().getId(), x.desk(), x.channel(), x.owner(), x.unit(), x.contactName(),
          x.contactPhone().reveal(STORAGE), x.category(), x.content(), x.concernsContractedService(), x.registeredAt(),
          x.registeredBy(), x.version(), x.state(), x.complaintClass(), criteria(x.majorCriteria()), x.handlerRole(),
          x.facts().map(ComplaintFacts::contractedServiceFailure), x.facts().map(ComplaintFacts::companyAtFault),
          x.facts().map(ComplaintFacts::majorLossOrInjury), x.invalidReason(), x.repeatOf(), x.firstReplyDeadline(),
          x.firstReplyAt(), x.firstReplyOverdue(), x.upgradeDue(), x.autoUpgraded(), x.resolvedAt(), x.resolution(),
          x.reopenCount(), x.closedAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      if (Sql.isUniqueViolation(e)) {
        throw new StaleVersionException("Complaint", x.id().value(), 0, -1);
      }
      throw e;
    }
    appendChildren(c, null, x);
  }

  static void update(Connection c, Complaint before, Complaint x) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      Sql.bind(ps, x.version(), x.state(), x.complaintClass(), criteria(x.majorCriteria()), x.handlerRole(),
          x.facts().map(ComplaintFacts::contractedServiceFailure), x.facts().map(ComplaintFacts::companyAtFault),
          x.facts().map(ComplaintFacts::majorLossOrInjury), x.invalidReason(), x.repeatOf(), x.firstReplyAt(),
          x.firstReplyOverdue(), x.autoUpgraded(), x.resolvedAt(), x.resolution(), x.reopenCount(), x.closedAt(),
          x.id(), before.version());
      if (ps.executeUpdate() != 1) {
        throw new StaleVersionException("Complaint", x.id().value(), before.version(), -1);
      }
    }
    appendChildren(c, before, x);
  }

  private static String criteria(Set<MajorCriterion> criteria) {
    return criteria.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static <T> int newFrom(List<T> before, List<T> after, String what) {
    if (after.size() < before.size() || !after.subList(0, before.size()).equals(before)) {
      throw new IllegalStateException(what + " is append-only: a save may only add entries at the end");
    }
    return before.size();
  }

  private static void appendChildren(Connection c, Complaint before, Complaint x) throws SQLException {
    String id = x.id().value();
    ImmutableList<HistoryEntry> h = x.history();
    int from = before == null ? 0 : newFrom(before.history(), h, "history");
    if (from < h.size()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO pd_complaint_history (complaint_id, seq, happened_at, trigger_name, to_state, actor_id, actor_name, note)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = from; i < h.size(); i++) {
          HistoryEntry e = h.get(i);
          Sql.bind(ps, id, i, e.at(), e.trigger(), e.to(), e.by(), e.byName(), e.note());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    ImmutableList<ContactRecord> k = x.contacts();
    from = before == null ? 0 : newFrom(before.contacts(), k, "contacts");
    if (from < k.size()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO pd_complaint_contact (complaint_id, seq, happened_at, channel, actor_id, handler_name, said, owner_reply)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = from; i < k.size(); i++) {
          ContactRecord r = k.get(i);
          Sql.bind(ps, id, i, r.at(), r.channel(), r.by(), r.handlerName(), r.said(), r.ownerReply());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    ImmutableList<CallbackRecord> cb = x.callbacks();
    from = before == null ? 0 : newFrom(before.callbacks(), cb, "callbacks");
    if (from < cb.size()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO pd_complaint_callback (complaint_id, seq, happened_at, outcome, comment_text, actor_id, actor_name)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = from; i < cb.size(); i++) {
          CallbackRecord r = cb.get(i);
          Sql.bind(ps, id, i, r.at(), r.outcome(), r.comment(), r.by(), r.byName());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    from = before == null ? 0 : newFrom(before.missedFollowUpDays(), x.missedFollowUpDays(), "missed follow-up days");
    if (from < x.missedFollowUpDays().size()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO pd_complaint_missed_day (complaint_id, seq, missed_day) VALUES (?, ?, ?)")) {
        for (int i = from; i < x.missedFollowUpDays().size(); i++) {
          Sql.bind(ps, id, i, x.missedFollowUpDays().get(i));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    from = before == null ? 0 : newFrom(before.repeats(), x.repeats(), "repeats");
    if (from < x.repeats().size()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO pd_complaint_repeat (complaint_id, seq, repeat_id) VALUES (?, ?, ?)")) {
        for (int i = from; i < x.repeats().size(); i++) {
          Sql.bind(ps, id, i, x.repeats().get(i));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  /**
   * Loads the complaints selected by {@code where} (a condition on {@code pd_complaint c}) with their
   * lists, in registration order then id. Two queries, whatever the number of complaints.
   */
  static List<Complaint> load(Connection c, String where, Object... params) throws SQLException {
    Map<String, Complaint.Builder> builders = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM pd_complaint c WHERE " + where + " ORDER BY c.registered_at, c.id")) {
      Sql.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          builders.put(rs.getString("id"), main(rs));
        }
      }
    }
    if (builders.isEmpty()) {
      return List.of();
    }
    children(c, where, params, builders);
    List<Complaint> out = new ArrayList<>(builders.size());
    builders.values().forEach(b -> out.add(b.restore()));
    return out;
  }

  /**
   * The five lists of every selected complaint in one round trip: a UNION ALL over the list tables with
   * a kind column ({@code 1} history, {@code 2} contacts, {@code 3} callbacks, {@code 4} missed days,
   * {@code 5} repeats) and generic value columns, in list order.
   */
  private static final String CHILDREN =
      "SELECT x.complaint_id, 1 AS kind, x.seq, x.happened_at AS t, x.trigger_name AS v1, x.to_state AS v2,"
          + " x.actor_id AS v3, x.actor_name AS v4, x.note AS v5, CAST(NULL AS VARCHAR(2000)) AS v6, CAST(NULL AS DATE) AS v7"
          + " FROM pd_complaint_history x JOIN pd_complaint c ON c.id = x.complaint_id WHERE %1$s"
          + " UNION ALL SELECT x.complaint_id, 2, x.seq, x.happened_at, x.channel, x.actor_id, x.handler_name, x.said,"
          + " x.owner_reply, NULL, NULL FROM pd_complaint_contact x JOIN pd_complaint c ON c.id = x.complaint_id WHERE %1$s"
          + " UNION ALL SELECT x.complaint_id, 3, x.seq, x.happened_at, x.outcome, x.comment_text, x.actor_id, x.actor_name,"
          + " NULL, NULL, NULL FROM pd_complaint_callback x JOIN pd_complaint c ON c.id = x.complaint_id WHERE %1$s"
          + " UNION ALL SELECT x.complaint_id, 4, x.seq, NULL, NULL, NULL, NULL, NULL, NULL, NULL, x.missed_day"
          + " FROM pd_complaint_missed_day x JOIN pd_complaint c ON c.id = x.complaint_id WHERE %1$s"
          + " UNION ALL SELECT x.complaint_id, 5, x.seq, NULL, x.repeat_id, NULL, NULL, NULL, NULL, NULL, NULL"
          + " FROM pd_complaint_repeat x JOIN pd_complaint c ON c.id = x.complaint_id WHERE %1$s"
          + " ORDER BY 1, 2, 3";

  private static void children(Connection c, String where, Object[] params, Map<String, Complaint.Builder> builders)
      throws SQLException {
    Object[] all = new Object[params.length * 5];
    for (int i = 0; i < 5; i++) {
      System.arraycopy(params, 0, all, i * params.length, params.length);
    }
    try (PreparedStatement ps = c.prepareStatement(String.format(CHILDREN, where))) {
      Sql.bind(ps, all);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Complaint.Builder b = builders.get(rs.getString(1));
          if (b == null) {
            continue;
          }
          switch (rs.getInt(2)) {
            case 1 -> b.addHistory(new HistoryEntry(Sql.instant(rs, "t"), Sql.optionalString(rs, "v1").map(ComplaintTrigger::valueOf),
                ComplaintState.valueOf(rs.getString("v2")), StaffId.of(rs.getString("v3")), rs.getString("v4"), rs.getString("v5")));
            case 2 -> b.addContacts(new ContactRecord(Sql.instant(rs, "t"), Sql.optionalString(rs, "v1").map(ContactChannel::valueOf),
                StaffId.of(rs.getString("v2")), rs.getString("v3"), Sql.optionalString(rs, "v4"), Sql.optionalString(rs, "v5")));
            case 3 -> b.addCallbacks(new CallbackRecord(Sql.instant(rs, "t"), CallbackOutcome.valueOf(rs.getString("v1")),
                rs.getString("v2"), StaffId.of(rs.getString("v3")), rs.getString("v4")));
            case 4 -> b.addMissedFollowUpDays(rs.getObject("v7", java.time.LocalDate.class));
            case 5 -> b.addRepeats(ComplaintId.of(rs.getString("v1")));
            default -> throw new JdbcStorageException("unknown list kind " + rs.getInt(2));
          }
        }
      }
    }
  }

  private static Complaint.Builder main(ResultSet rs) throws SQLException {
    Complaint.Builder b = new Complaint.Builder();
    b.id(ComplaintId.of(rs.getString("id")))
        .office(OfficeId.of(rs.getString("office_id")))
        .zone(ZoneId.of(rs.getString("zone_id")))
        .desk(FrontDeskId.of(rs.getString("desk_id")))
        .channel(Channel.valueOf(rs.getString("channel")))
        .owner(OwnerId.of(rs.getString("owner_id")))
        .unit(UnitId.of(rs.getString("unit_id")))
        .contactName(rs.getString("contact_name"))
        .contactPhone(PhoneNumber.parse("contact_phone", rs.getString("contact_phone")))
        .category(ComplaintCategory.valueOf(rs.getString("category")))
        .content(rs.getString("content"))
        .concernsContractedService(rs.getBoolean("concerns_contracted_service"))
        .registeredAt(Sql.instant(rs, "registered_at"))
        .registeredBy(StaffId.of(rs.getString("registered_by")))
        .version(rs.getLong("version"))
        .state(ComplaintState.valueOf(rs.getString("state")))
        .complaintClass(Sql.optionalString(rs, "complaint_class").map(ComplaintClass::valueOf))
        .handlerRole(Sql.optionalString(rs, "handler_role").map(Role::valueOf))
        .invalidReason(Sql.optionalString(rs, "invalid_reason"))
        .repeatOf(Sql.optionalString(rs, "repeat_of").map(ComplaintId::of))
        .firstReplyDeadline(Sql.instant(rs, "first_reply_deadline"))
        .firstReplyAt(Sql.optionalInstant(rs, "first_reply_at"))
        .firstReplyOverdue(rs.getBoolean("first_reply_overdue"))
        .upgradeDue(Sql.instant(rs, "upgrade_due"))
        .autoUpgraded(rs.getBoolean("auto_upgraded"))
        .resolvedAt(Sql.optionalInstant(rs, "resolved_at"))
        .resolution(Sql.optionalString(rs, "resolution"))
        .reopenCount(rs.getInt("reopen_count"))
        .closedAt(Sql.optionalInstant(rs, "closed_at"));
    String criteria = rs.getString("major_criteria");
    Set<MajorCriterion> set = EnumSet.noneOf(MajorCriterion.class);
    if (!criteria.isEmpty()) {
      Arrays.stream(criteria.split(",")).map(MajorCriterion::valueOf).forEach(set::add);
    }
    b.addAllMajorCriteria(set);
    Optional<Boolean> failure = Sql.optionalBoolean(rs, "fact_contracted_failure");
    if (failure.isPresent()) {
      b.facts(new ComplaintFacts(failure.get(), rs.getBoolean("fact_company_at_fault"), rs.getBoolean("fact_major_loss_or_injury")));
    }
    return b;
  }
}
