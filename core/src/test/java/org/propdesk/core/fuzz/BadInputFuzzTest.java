package org.propdesk.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.common.IdCardNumber;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.ReplyWording;

/**
 * Jazzer fuzz tests for bad input: parsers either accept and mask, or fail with {@link
 * InvalidInputException} naming the field, and never with anything else. In a plain build they
 * replay the inputs under {@code BadInputFuzzTestInputs}; with {@code JAZZER_FUZZ=1} they fuzz.
 */
class BadInputFuzzTest {
  private static final PersonalDataPermit PERMIT = PersonalDataPermit.forPurpose("fuzz test");

  @FuzzTest(maxDuration = "30s")
  void phoneNumbersParseAndMaskOrFailNamingTheField(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      PhoneNumber p = PhoneNumber.parse("contactPhone", text);
      String raw = p.reveal(PERMIT);
      assertThat(p.toString()).contains("****").isNotEqualTo(raw);
      assertThat(PhoneNumber.parse("contactPhone", raw)).isEqualTo(p);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("contactPhone");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void idNumbersParseAndMaskOrFailNamingTheField(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      IdCardNumber id = IdCardNumber.parse("idCardNumber", text);
      String raw = id.reveal(PERMIT);
      assertThat(raw).hasSize(18);
      assertThat(id.toString()).doesNotContain(raw.substring(6, 14));
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("idCardNumber");
      String input = text.strip();
      if (input.length() >= 8) {
        assertThat(e.getMessage()).as("the message must not echo the input").doesNotContain(input);
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void registrationsBuildOrFailWithATypedError(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int cut = text.length() / 2;
    try {
      Registration r = Registration.builder()
          .desk(org.propdesk.core.org.FrontDeskId.of("D-1"))
          .channel(org.propdesk.core.complaint.Channel.PHONE)
          .owner(org.propdesk.core.owner.OwnerId.of("P-1"))
          .unit(org.propdesk.core.estate.UnitId.of("U-1"))
          .contactName(text.substring(0, cut))
          .contactPhone(text.substring(cut))
          .category(org.propdesk.core.complaint.ComplaintCategory.OTHER)
          .content(text)
          .build();
      assertThat(r.content()).isNotBlank();
      assertThat(r.toString()).doesNotContain(r.contactPhone().reveal(PERMIT)).doesNotContain(r.content());
    } catch (InvalidInputException e) {
      assertThat(e.field()).isIn("contactName", "contactPhone", "content");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void moneyParsesExactlyOrFailsNamingTheAmount(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      org.propdesk.core.common.Money m = org.propdesk.core.common.Money.parse(text);
      assertThat(new java.math.BigDecimal(text.strip()).compareTo(m.toBigDecimal())).as("exact, never rounded").isZero();
      assertThat(org.propdesk.core.common.Money.parse(m.toPlainString())).isEqualTo(m);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("amount");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void quotesAndChargesBuildOrFailWithATypedErrorAndAddUpToTheFen(com.code_intelligence.jazzer.api.FuzzedDataProvider data) {
    int lines = data.consumeInt(0, 60);
    List<org.propdesk.core.service.QuoteLineDraft> drafts = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < lines; i++) {
        int quantity = data.consumeInt(-5, 2000);
        drafts.add(data.consumeBoolean()
            ? org.propdesk.core.service.QuoteLineDraft.listed(data.consumeString(40), quantity)
            : org.propdesk.core.service.QuoteLineDraft.unlisted(data.consumeString(120), data.consumeString(25), quantity,
                org.propdesk.core.common.Money.parse(data.consumeString(24))));
      }
      org.propdesk.core.service.QuoteDraft quote = new org.propdesk.core.service.QuoteDraft(drafts, Optional.empty());
      assertThat(quote.lines()).hasSizeBetween(1, org.propdesk.core.service.Quote.MAX_LINES);
      new org.propdesk.core.service.ChargeRequest(org.propdesk.core.common.Money.parse(data.consumeString(24)),
          org.propdesk.core.service.PaymentMethod.CASH, data.consumeString(40));
    } catch (InvalidInputException e) {
      assertThat(e.field()).isIn("itemCode", "description", "unit", "quantity", "unitPrice", "amount", "lines", "receiptNo");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void repairRequestsBuildOrFailWithATypedError(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int cut = text.length() / 3;
    try {
      org.propdesk.core.ticket.port.RepairRequest r = org.propdesk.core.ticket.port.RepairRequest.builder()
          .desk(org.propdesk.core.org.FrontDeskId.of("D-1")).location(text.substring(0, cut))
          .category(org.propdesk.core.ticket.port.RepairCategory.LEAK).description(text.substring(cut, 2 * cut))
          .contactPhone(text.substring(2 * cut)).build();
      assertThat(r.toString()).doesNotContain(r.contactPhone().orElseThrow().reveal(PERMIT));
    } catch (InvalidInputException e) {
      assertThat(e.field()).isIn("location", "description", "contactPhone");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void calendarDataLoadsOrFailsWithATypedError(byte[] data) {
    try {
      ChinaWorkCalendar c = ChinaWorkCalendar.statutory().withData(new StringReader(new String(data, StandardCharsets.UTF_8)));
      assertThat(c.years()).contains(2025, 2026);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("data");
    }
  }

  private static final List<String> SEED_PHRASES = List.of("不知道", "不行", "我现在很忙", "我不清楚", "找开发商", "没办法");
  private static final List<String> HARMLESS = List.of("不行驶", "不行使");

  /**
   * The oracle's own reading of PROCEDURES §4, written apart from the policy: after NFKC, only letters
   * and numbers count; a phrase is said unless it lies inside a harmless word.
   */
  private static Optional<String> oracle(String text) {
    String visible = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}]", "");
    for (String phrase : SEED_PHRASES) {
      Matcher m = Pattern.compile(Pattern.quote(phrase)).matcher(visible);
      for (int from = 0; m.find(from); from = m.start() + 1) {
        int start = m.start();
        int end = m.end();
        boolean harmless = HARMLESS.stream().anyMatch(word -> {
          for (int w = Math.max(0, end - word.length()); w <= start; w++) {
            if (visible.startsWith(word, w) && w + word.length() >= end) {
              return true;
            }
          }
          return false;
        });
        if (!harmless) {
          return Optional.of(phrase);
        }
      }
    }
    return Optional.empty();
  }

  @FuzzTest(maxDuration = "30s")
  void theWordingPolicyFindsAPhraseExactlyWhenTheOracleDoes(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    assertThat(ReplyWording.seedDefaults().forbiddenPhraseIn(text)).as("text %s", text.codePoints().boxed().toList())
        .isEqualTo(oracle(text));
  }

  @FuzzTest(maxDuration = "30s")
  void aPhraseSplitByAnySeparatorsIsAlwaysFound(com.code_intelligence.jazzer.api.FuzzedDataProvider data) {
    String phrase = SEED_PHRASES.get(data.consumeInt(0, SEED_PHRASES.size() - 1));
    StringBuilder text = new StringBuilder("您好，");
    for (int i = 0; i < phrase.length(); i++) {
      text.append(phrase.charAt(i));
      String between = data.consumeString(4);
      // keep only what is neither a letter nor a number: a separator by PROCEDURES §4
      between.codePoints().filter(c -> !Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC)
          .matches(".*[\\p{L}\\p{N}].*")).forEach(text::appendCodePoint);
    }
    text.append("。");
    assertThat(ReplyWording.seedDefaults().forbiddenPhraseIn(text.toString())).as("text %s", text).isPresent();
  }

  @FuzzTest(maxDuration = "30s")
  void receiptNumbersParseToTheirFormOrFailNamingTheField(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      org.propdesk.core.deposit.ReceiptNumber r = org.propdesk.core.deposit.ReceiptNumber.parse(text);
      assertThat(r.value()).matches("[A-Z0-9](?:[A-Z0-9-]{0,30}[A-Z0-9])?");
      assertThat(org.propdesk.core.deposit.ReceiptNumber.parse(r.value())).isEqualTo(r);
      assertThat(org.propdesk.core.deposit.ReceiptNumber.parse(r.value().toLowerCase(java.util.Locale.ROOT))).isEqualTo(r);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("receiptNo");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void deductionListsParseAndAddUpOrFailNamingTheItem(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      List<org.propdesk.core.deposit.Deduction> list = org.propdesk.core.deposit.Deductions.parse(text);
      assertThat(list).hasSizeLessThanOrEqualTo(org.propdesk.core.deposit.Deductions.MAX_ITEMS);
      long fen = 0;
      for (org.propdesk.core.deposit.Deduction d : list) {
        assertThat(d.amount().fen()).isPositive();
        fen = Math.addExact(fen, d.amount().fen());
      }
      assertThat(org.propdesk.core.deposit.Deductions.total(list).fen()).isEqualTo(fen);
      assertThat(org.propdesk.core.deposit.Deductions.parse(org.propdesk.core.deposit.Deductions.canonical(list))).isEqualTo(list);
    } catch (InvalidInputException e) {
      assertThat(e.field()).startsWith("deductions");
    }
  }

  /**
   * A deposit driven by fuzzed amounts and deduction lists through collection, banking, correction,
   * assessment and payment: every command gives a result or a typed error, and every accepted snapshot
   * keeps collected = refunded + deducted + held with nothing negative.
   */
  @FuzzTest(maxDuration = "30s")
  void depositCommandsFedArbitraryMoneyAndDeductionsNeverBreakTheLedger(com.code_intelligence.jazzer.api.FuzzedDataProvider data) {
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-06T02:00:00Z"), java.time.ZoneOffset.UTC);
    org.propdesk.core.org.OfficeId office = org.propdesk.core.org.OfficeId.of("O-1");
    org.propdesk.core.org.Actor clerk = org.propdesk.core.org.Actor.inOffice(org.propdesk.core.org.StaffId.of("S-1"), "clerk", office,
        org.propdesk.core.org.Role.FRONT_DESK_CLERK);
    org.propdesk.core.org.Actor finance = org.propdesk.core.org.Actor.inOffice(org.propdesk.core.org.StaffId.of("S-2"), "finance", office,
        org.propdesk.core.org.Role.FINANCE);
    org.propdesk.core.org.Actor director = org.propdesk.core.org.Actor.inOffice(org.propdesk.core.org.StaffId.of("S-3"), "director",
        office, org.propdesk.core.org.Role.OFFICE_DIRECTOR);
    org.propdesk.core.deposit.Deposit d;
    try {
      org.propdesk.core.deposit.CollectionRequest r = new org.propdesk.core.deposit.CollectionRequest(
          org.propdesk.core.org.FrontDeskId.of("D-1"), org.propdesk.core.deposit.DepositType.RENTAL,
          org.propdesk.core.estate.UnitId.of("U-1"), Optional.empty(), "交款人", Optional.empty(),
          org.propdesk.core.common.Money.parse(data.consumeString(30)), org.propdesk.core.deposit.DepositMethod.CASH,
          org.propdesk.core.deposit.ReceiptNumber.parse(data.consumeString(40)), "押金");
      d = org.propdesk.core.deposit.Deposit.collect(org.propdesk.core.deposit.DepositId.of("DEP-1"), office, java.time.ZoneOffset.UTC, r,
          java.time.LocalDate.of(2026, 3, 9), clerk, clock).orElseThrow();
    } catch (InvalidInputException e) {
      assertThat(e.field()).isIn("amount", "receiptNo");
      return;
    }
    for (int i = 0; i < 8 && data.remainingBytes() > 0; i++) {
      org.propdesk.core.deposit.Deposit before = d;
      org.propdesk.core.common.Result<org.propdesk.core.deposit.Deposit> r;
      try {
        r = switch (data.consumeInt(0, 6)) {
          case 0 -> d.bank(data.consumeString(20), finance, clock);
          case 1 -> d.correctCollection(org.propdesk.core.common.Money.parse(data.consumeString(30)), "更正", finance, clock);
          case 2 -> d.applyRefund(new org.propdesk.core.deposit.RefundApplicationDraft("申请人", org.propdesk.core.deposit.ApplicantRelation.PAYER,
              Optional.empty(), d.receiptNo()), clerk, clock);
          case 3 -> d.assess(org.propdesk.core.deposit.Deductions.parse(data.consumeString(200)), clerk, clock);
          case 4 -> d.sign("申请人", clerk, clock);
          case 5 -> d.approve(director, clock);
          default -> d.pay(org.propdesk.core.common.Money.parse(data.consumeString(30)), org.propdesk.core.deposit.DepositMethod.TRANSFER,
              finance, clock);
        };
      } catch (InvalidInputException e) {
        assertThat(e.field()).matches("amount|slipNo|reason|deductions(\\[\\d+\\](\\.\\w+)?)?");
        continue;
      }
      if (r.isAccepted()) {
        d = r.orElseThrow();
        org.propdesk.core.deposit.Ledger l = d.ledger().verify();
        assertThat(before.ledger().isPrefixOf(l)).isTrue();
        assertThat(l.collected().fen()).isEqualTo(l.refunded().fen() + l.deducted().fen() + l.held().fen());
        assertThat(l.held().isNegative()).isFalse();
      } else {
        assertThat(d).isSameAs(before);
      }
    }
  }
}
