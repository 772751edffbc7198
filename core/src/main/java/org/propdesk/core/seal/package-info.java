/**
 * Company seals (印章使用, PROCEDURES §10): the seal registry ({@link org.propdesk.core.seal.Seal}: type,
 * office, custodian, state, with the general manager's approval to start, stop and destroy a seal and a
 * lost seal's report, approval and replacement), seal use requests ({@link
 * org.propdesk.core.seal.SealUse}: document, purpose and copies, the department head's review,
 * registration and stamping, which make the use register 《印章使用管理登记表》), and their lifecycle tables
 * ({@link org.propdesk.core.seal.SealLifecycles}).
 *
 * <p>Invariants: no stamp is recorded before its review and registration; impressions never exceed the
 * approved copies; whoever approves never requested; a seal is used only while in use. Immutables style
 * for the aggregates; records elsewhere. Nothing is {@code null}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    strictBuilder = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.propdesk.core.seal;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
