package org.propdesk.core.complaint;

import java.time.Instant;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * A judgement proposed by a property assistant (有效性判定建议), PROCEDURES §5 Scope: the assistant may
 * propose but not judge, since the judgement would route the complaint to themselves. A judge decides;
 * the proposal binds nobody. Immutable and thread-safe; no component is null.
 *
 * @param judgement what the assistant proposes
 * @param at when
 * @param by who proposed it
 * @param byName their name
 * @since 0.1.0
 */
public record JudgementProposal(Judgement judgement, Instant at, StaffId by, String byName) {
  /** Checks the parts. */
  public JudgementProposal {
    Check.present("judgement", judgement);
    Check.present("at", at);
    Check.present("by", by);
    Check.present("byName", byName);
  }
}
