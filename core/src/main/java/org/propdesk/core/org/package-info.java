/**
 * The organisation (组织): group (集团), company (物业公司), customer service centre (客户服务中心),
 * management offices (管理处), front desks (前台), staff (员工) and their roles, and the {@link
 * org.propdesk.core.org.Actor} who fires commands.
 *
 * <p>Invariants: every management office belongs to the company; every front desk to one office. All
 * types are immutable values; nothing is {@code null} unless annotated {@code @Nullable}.
 */
@NullMarked
package org.propdesk.core.org;

import org.jspecify.annotations.NullMarked;
