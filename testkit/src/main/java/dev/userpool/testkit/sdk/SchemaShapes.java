package dev.userpool.testkit.sdk;

import dev.userpool.schema.Constraints;
import dev.userpool.schema.Schema;
import dev.userpool.schema.SchemaAttribute;
import dev.userpool.service.Requests;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NumberAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StringAttributeConstraintsType;

/** The schema's SDK shapes: SchemaAttributeType, both ways. */
final class SchemaShapes {

  private SchemaShapes() {}

  /** The request's schema elements as the service reads them; absent stays absent (null). */
  static List<Requests.SchemaAttributeType> definitions(boolean present, List<SchemaAttributeType> elements) {
    return present ? elements.stream().map(SchemaShapes::definition).toList() : null;
  }

  private static Requests.SchemaAttributeType definition(SchemaAttributeType e) {
    StringAttributeConstraintsType length = e.stringAttributeConstraints();
    NumberAttributeConstraintsType range = e.numberAttributeConstraints();
    return new Requests.SchemaAttributeType(e.name(), e.attributeDataTypeAsString(), e.developerOnlyAttribute(), e.mutable(), e.required(),
        length == null ? null : new Requests.StringAttributeConstraintsType(length.minLength(), length.maxLength()),
        range == null ? null : new Requests.NumberAttributeConstraintsType(range.minValue(), range.maxValue()));
  }

  /** DescribeUserPool's SchemaAttributes. */
  static List<SchemaAttributeType> attributes(Schema schema) {
    return schema.attributes().map(SchemaShapes::attribute).toJavaList();
  }

  private static SchemaAttributeType attribute(SchemaAttribute a) {
    SchemaAttributeType.Builder b = SchemaAttributeType.builder()
        .name(a.name())
        .attributeDataType(a.dataType().wireName())
        .developerOnlyAttribute(a.developerOnly())
        .mutable(a.mutable())
        .required(a.required());
    Constraints c = a.constraints();
    if (c instanceof Constraints.Length length) {
      b.stringAttributeConstraints(StringAttributeConstraintsType.builder()
          .minLength(length.minLength().getOrNull()).maxLength(length.maxLength().getOrNull()).build());
    } else if (c instanceof Constraints.Range range) {
      b.numberAttributeConstraints(NumberAttributeConstraintsType.builder()
          .minValue(range.minValue().getOrNull()).maxValue(range.maxValue().getOrNull()).build());
    }
    return b.build();
  }
}
