package org.propdesk.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.Money;

/**
 * Money in a stored snapshot is the plain decimal text of yuan at scale 2, exact to the fen whatever
 * the amount, and a document holding anything else fails loudly instead of being rounded.
 */
class MoneyIsStoredAsExactTextTest {
  record Priced(Money price, List<Money> lines) {}

  @Test
  void amountsRoundTripToTheFenAsText() throws Exception {
    Priced p = new Priced(Money.ofFen(123450), List.of(Money.ofFen(1), Money.ofFen(-99), Money.ofFen(Long.MAX_VALUE)));

    String json = JsonCodec.SNAPSHOTS.writeValueAsString(p);

    assertThat(json).isEqualTo("{\"price\":\"1234.50\",\"lines\":[\"0.01\",\"-0.99\",\"92233720368547758.07\"]}");
    assertThat(JsonCodec.SNAPSHOTS.readValue(json, Priced.class)).isEqualTo(p);
  }

  @Test
  void anAmountWithMoreThanTwoDecimalsInADocumentIsRefused() {
    assertThatThrownBy(() -> JsonCodec.SNAPSHOTS.readValue("{\"price\":\"1.005\",\"lines\":[]}", Priced.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("amount");
  }
}
