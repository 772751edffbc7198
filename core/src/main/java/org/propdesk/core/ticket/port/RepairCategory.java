package org.propdesk.core.ticket.port;

/**
 * What a repair or incident report is about (报事报修类别), PROCEDURES §6: the category that picks its
 * clocks (per-category deadlines) and groups the summary (报事报修汇总分析). Part of the repair
 * procedure's published call port, so a complaint or a patrol finding can name it. Labels for staff are
 * in the bundle {@code org.propdesk.core.ticket.port.Labels}.
 *
 * @since 0.1.0
 */
public enum RepairCategory {
  /** Water supply and drainage: taps, pipes, blocked drains (给排水). */
  WATER_AND_DRAINAGE,
  /** Electricity and lighting: sockets, switches, a broken light (电气照明). */
  ELECTRICAL_AND_LIGHTING,
  /** Leaks and seepage through walls, roofs and ceilings (渗漏). */
  LEAK,
  /** Doors, windows and locks (门窗锁具). */
  DOORS_AND_WINDOWS,
  /** Lifts (电梯). */
  ELEVATOR,
  /** Shared facilities: corridors, gates, intercoms, parking (公共设施). */
  PUBLIC_FACILITIES,
  /** Appliances and fittings inside the unit (家电及户内设施). */
  APPLIANCES,
  /** Noise and neighbour matters reported to the office (噪音及邻里报事). */
  NEIGHBOURHOOD,
  /** Safety and security: a suspicious person, a fire hazard (安全报事). */
  SAFETY,
  /** Cleaning, rubbish and greenery (环境卫生绿化). */
  ENVIRONMENT,
  /** Anything else (其他). */
  OTHER
}
