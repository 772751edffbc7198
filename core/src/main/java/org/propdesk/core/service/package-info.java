/**
 * Special contracted services (特约服务, PROCEDURES §12): the {@link
 * org.propdesk.core.service.ServiceOrder} aggregate (requested, quoted, consented or refused, scheduled,
 * done, charged once, called back, closed), the office's versioned {@link
 * org.propdesk.core.service.PriceList} (维修项目收费标准), recurring {@link
 * org.propdesk.core.service.ServiceContract}s whose visits the work calendar plans, their lifecycle
 * tables ({@link org.propdesk.core.service.ServiceLifecycles}) and policies ({@link
 * org.propdesk.core.service.ServicePolicies}).
 *
 * <p>Invariants: money is exact ({@link org.propdesk.core.common.Money}); a quote copies its prices, so
 * a later price-list version never changes it; nothing is charged without the owner's signed consent,
 * and the charge is the consented total, made at most once. The subpackage {@code port} is the
 * procedure's published call port. Immutables style for the order; records elsewhere. Nothing is
 * {@code null}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    strictBuilder = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.propdesk.core.service;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
