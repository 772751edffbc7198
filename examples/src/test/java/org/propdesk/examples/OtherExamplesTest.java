package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintState;

class OtherExamplesTest {

  @Test
  void theQuickstartRegistersAndRepliesOnTime() {
    Complaint c = Quickstart.run(Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
    assertThat(c.state()).isEqualTo(ComplaintState.REGISTERED);
    assertThat(c.firstReplyOnTime()).contains(true);
  }

  @Test
  void theIntegratorsNotifierDeliversEachEventOnceAfterTheGatewayRecovers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> sent = CustomNotifierExample.run(new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(sent).hasSize(4);
    assertThat(sent).anyMatch(m -> m.startsWith("company/leadership"));
    assertThat(sent).anyMatch(m -> m.startsWith("group/customer-service"));
    assertThat(sent).anyMatch(m -> m.startsWith("office/O1/customer_supervisor"));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("gateway down:  RelayReport[delivered=0, failed=3, dead=0, published=3]");
  }
}
