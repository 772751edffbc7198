package org.propdesk.workflows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.IdCardNumber;
import org.propdesk.core.common.PersonalData;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.Redaction;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.spi.StoredRecord;

/**
 * The Jackson codecs (JSON 编解码): one for snapshots in storage, which keeps personal data in the
 * clear so that a record can be restored, and one for events in the journal and the outbox, which
 * masks it. Instants are ISO-8601 text; unknown properties in a stored document fail loudly.
 *
 * <p>Stateless and thread-safe (Jackson's mappers are, once configured).
 */
final class JsonCodec {
  private static final PersonalDataPermit STORAGE = PersonalDataPermit.forPurpose("storing the snapshot it belongs to");

  /**
   * Decoded snapshots by their exact document: the same text always decodes to the same immutable
   * value, so a store that hands back the same document (every read of an unchanged record) costs one
   * hash lookup instead of a parse. Encoding a snapshot puts it here too, under its document: the next
   * read of a record is almost always of the version just written, and the codec round-trips every
   * snapshot to an equal value (the snapshots are immutable values; nothing may rely on their identity).
   * Bounded; safe to share between stores.
   */
  private static final Cache<DocumentKey, Object> DECODED = CacheBuilder.newBuilder().maximumSize(4096).build();

  private record DocumentKey(Class<?> type, String document) {}

  /** Snapshots in storage: personal data in the clear. */
  static final ObjectMapper SNAPSHOTS = mapper(true);

  /** Events in the journal and the outbox: personal data masked. */
  static final ObjectMapper EVENTS = mapper(false);

  private JsonCodec() {}

  private static ObjectMapper mapper(boolean raw) {
    SimpleModule personal = new SimpleModule("propdesk-personal-data");
    JsonSerializer<PersonalData> ser = new JsonSerializer<>() {
      @Override
      public void serialize(PersonalData value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(raw ? value.reveal(STORAGE) : value.masked());
      }
    };
    personal.addSerializer(PersonalData.class, ser);
    personal.addDeserializer(PhoneNumber.class, textual(t -> PhoneNumber.parse("phone", t)));
    personal.addDeserializer(IdCardNumber.class, textual(t -> IdCardNumber.parse("idCard", t)));
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        .addModule(personal)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static <T> JsonDeserializer<T> textual(Function<String, T> parse) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return parse.apply(p.getValueAsString());
      }
    };
  }

  /** The snapshot as a stored record of its type. */
  static <A> StoredRecord toRecord(AggregateType<A> type, A snapshot) {
    try {
      String document = SNAPSHOTS.writeValueAsString(snapshot);
      DECODED.put(new DocumentKey(type.javaType(), document), snapshot);
      return new StoredRecord(type.name(), type.idOf(snapshot), type.officeOf(snapshot), type.versionOf(snapshot), document,
          type.indexOf(snapshot));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not encode a " + type.name() + " snapshot (" + e.getOriginalMessage() + ")", e);
    }
  }

  /**
   * The snapshot a stored record holds.
   *
   * @throws IllegalStateException when the document does not decode: the store holds something this
   *     version of PropDesk did not write
   */
  static <A> A fromRecord(AggregateType<A> type, StoredRecord record) {
    return fromDocument(type, record.document());
  }

  /**
   * The snapshot a stored JSON document holds.
   *
   * @throws IllegalStateException when the document does not decode
   */
  static <A> A fromDocument(AggregateType<A> type, String document) {
    DocumentKey key = new DocumentKey(type.javaType(), document);
    Object cached = DECODED.getIfPresent(key);
    if (cached != null) {
      return type.javaType().cast(cached);
    }
    try {
      A decoded = SNAPSHOTS.readValue(document, type.javaType());
      DECODED.put(key, decoded);
      return decoded;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored " + type.name() + " document does not decode as " + type.javaType().getSimpleName()
          + " (" + Redaction.scrub(String.valueOf(e.getOriginalMessage()), 300) + ")", e);
    }
  }

  /**
   * A journal payload: {@code {"version": v, "events": [{"type": "Replied", "schema": 1, "fields":
   * {...}}]}}, personal data masked (typed values by the event mapper, free text by {@link Masking}).
   * {@code fields} holds each event's {@link #fieldsOf fields}, in the same order.
   */
  static String journalPayload(long version, List<? extends DomainEvent> events, List<ObjectNode> fields) {
    ObjectNode root = EVENTS.createObjectNode();
    root.put("version", version);
    ArrayNode list = root.putArray("events");
    for (int i = 0; i < events.size(); i++) {
      list.add(eventNode(events.get(i), fields.get(i)));
    }
    return Redaction.scrub(root.toString());
  }

  /**
   * An event's own fields as a JSON tree, personal data masked by type: rendered once per event and
   * shared by its journal payload and its envelope, which only read it.
   */
  static ObjectNode fieldsOf(DomainEvent e) {
    return EVENTS.valueToTree(e);
  }

  /** A journal payload without events: {@code {"note": text}}, masked, e.g. for a supervisory read. */
  static String notePayload(String note) {
    ObjectNode root = EVENTS.createObjectNode();
    root.put("note", note);
    return Redaction.scrub(root.toString());
  }

  /**
   * A refusal's journal payload without events: {@code {"refused": code, "field": field, "note":
   * message}}, masked.
   */
  static String refusalPayload(org.propdesk.core.common.Rejection no) {
    ObjectNode root = EVENTS.createObjectNode();
    root.put("refused", no.code().name());
    no.field().ifPresent(f -> root.put("field", f));
    root.put("note", no.message());
    return Redaction.scrub(root.toString());
  }

  /** One event as {@code {"type", "schema", "fields"}}, masked. */
  private static ObjectNode eventNode(DomainEvent e, ObjectNode fields) {
    ObjectNode n = EVENTS.createObjectNode();
    n.put("type", e.type());
    n.put("schema", e.schemaVersion());
    n.set("fields", fields);
    return n;
  }

  /**
   * An event as the outbox carries it for the host's event stream: {@code {"eventId", "type",
   * "schema", "office", "aggregate": {"type", "id"}, "occurredAt", "fields"}}, masked; {@code fields}
   * is the event's {@link #fieldsOf fields}.
   */
  static String eventEnvelope(String eventId, String aggregateType, DomainEvent e, ObjectNode fields) {
    ObjectNode n = EVENTS.createObjectNode();
    n.put("eventId", eventId);
    n.put("type", e.type());
    n.put("schema", e.schemaVersion());
    n.put("office", e.officeId());
    ObjectNode aggregate = n.putObject("aggregate");
    aggregate.put("type", aggregateType);
    aggregate.put("id", e.aggregateId());
    n.put("occurredAt", e.occurredAt().toString());
    n.set("fields", fields);
    return Redaction.scrub(n.toString());
  }

  /**
   * The events of a journal payload as typed values, looked up by type name in {@code types}.
   *
   * @throws IllegalStateException when the payload is not an event list or names an unknown type
   */
  static List<DomainEvent> eventsOf(String payload, Map<String, Class<? extends DomainEvent>> types) {
    try {
      JsonNode root = EVENTS.readTree(payload);
      List<DomainEvent> out = new ArrayList<>();
      for (JsonNode n : root.path("events")) {
        Class<? extends DomainEvent> type = types.get(n.path("type").asText());
        if (type == null) {
          throw new IllegalStateException("journal payload names an unknown event type " + n.path("type"));
        }
        out.add(EVENTS.treeToValue(n.path("fields"), type));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("journal payload is not an event list (" + e.getOriginalMessage() + ")", e);
    }
  }
}
