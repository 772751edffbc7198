/** The archive loan register (《档案借阅登记表》), built from the archive procedure's desk. */
@NullMarked
package org.propdesk.reporting.archive;

import org.jspecify.annotations.NullMarked;
