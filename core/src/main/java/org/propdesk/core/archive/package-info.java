/**
 * Property archives (物业档案管理, PROCEDURES §9): archive items ({@link
 * org.propdesk.core.archive.ArchiveItem}: category, location, confidentiality, retention; an owner's
 * file expected within 24 h of move-in; destruction only after retention, approved by the director and
 * the general manager and witnessed by at least two people), loans ({@link
 * org.propdesk.core.archive.ArchiveLoan}: request with purpose, approval, issue by the archivist only,
 * return checked for completeness; read in the room unless taking out was approved; confidential items
 * never leave), and their lifecycle tables ({@link org.propdesk.core.archive.ArchiveLifecycles}).
 *
 * <p>Invariants: an item is lent to one loan at a time; a confidential item is never taken out; an
 * approver never approves their own request. Immutables style for the aggregates; records elsewhere.
 * Nothing is {@code null}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    strictBuilder = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.propdesk.core.archive;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
