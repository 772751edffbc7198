/**
 * Company seals as use cases (印章使用, PROCEDURES §10): {@link org.propdesk.workflows.seal.SealDesk} and
 * the procedure's descriptor {@link org.propdesk.workflows.seal.Seals}. Not built in: register {@code
 * Seals.PROCEDURE} with the facade's builder.
 */
@NullMarked
package org.propdesk.workflows.seal;

import org.jspecify.annotations.NullMarked;
