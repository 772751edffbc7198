package org.propdesk.core.deposit;

/**
 * The closed list of what may be deducted from a refund (扣款项目), PROCEDURES §8.
 *
 * @since 0.1.0
 */
public enum DeductionKind {
  /** Administration fee (管理费/手续费). */
  ADMINISTRATION_FEE("管理费"),
  /** A lost pass or lost borrowed equipment (证件或物品遗失). */
  LOST_ITEM("遗失"),
  /** Damage (损坏赔偿). */
  DAMAGE("损坏"),
  /** Anything else, described in a text (其他，须说明). */
  OTHER("其他");

  private final String chinese;

  DeductionKind(String chinese) {
    this.chinese = chinese;
  }

  /** The short Chinese name a deduction list may use instead of the constant, e.g. {@code 损坏}. */
  public String chinese() {
    return chinese;
  }
}
