/** The seal use register (《印章使用管理登记表》), built from the seal procedure's desk. */
@NullMarked
package org.propdesk.reporting.seal;

import org.jspecify.annotations.NullMarked;
