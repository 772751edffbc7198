package org.propdesk.core.org;

/**
 * A role a staff member acts in (岗位角色), from PROCEDURES §0.
 *
 * <p>{@link #authority()} ranks roles for complaint handling: a complaint handled by a role of rank
 * {@code n} may be resolved or downgraded only by an actor holding a role of rank {@code n} or more
 * (no acting beyond one's authority, 严禁越权处理, seed 4.6.3).
 *
 * @since 0.1.0
 */
public enum Role {
  /** Front-desk clerk (前台/客户服务管理员): receives complaints and makes callbacks. */
  FRONT_DESK_CLERK(0),
  /** Property assistant (物业助理): handles general complaints. */
  PROPERTY_ASSISTANT(1),
  /** Customer supervisor (客户主管): reviews the front desk's daily work log. */
  CUSTOMER_SUPERVISOR(1),
  /** Department head (部门主管): assists with complaints against the department. */
  DEPARTMENT_HEAD(1),
  /** Office director (管理处主任): handles important complaints. */
  OFFICE_DIRECTOR(2),
  /** Service-centre staff (客户服务中心): supervises every office. */
  SERVICE_CENTRE(2),
  /** General manager (公司总经理): handles major complaints and signs them off. */
  GENERAL_MANAGER(3),
  /** Information-centre seal administrator (信息中心). */
  SEAL_ADMINISTRATOR(0),
  /** Archivist (档案管理员). */
  ARCHIVIST(0),
  /** Finance (财务). */
  FINANCE(0),
  /** Security guard (保安/秩序维护员). */
  SECURITY_GUARD(0),
  /** Engineering technician (维修工). */
  ENGINEERING_TECHNICIAN(0),
  /** PropDesk's own timer sweep (系统); never given to a person. */
  SYSTEM(3);

  private final int authority;

  Role(int authority) {
    this.authority = authority;
  }

  /** The rank of authority for complaint handling, 0 (none) to 3 (general manager). */
  public int authority() {
    return authority;
  }
}
