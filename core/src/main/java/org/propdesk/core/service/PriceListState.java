package org.propdesk.core.service;

/**
 * Where an office's price list stands (收费标准状态).
 *
 * @since 0.1.0
 */
public enum PriceListState {
  /** Published (已发布): a version is in force or will be. */
  PUBLISHED,
  /** Withdrawn: the office no longer offers listed special services; past quotes keep their prices (已停用). */
  WITHDRAWN
}
