package dev.userpool.trigger;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;

/** Writing and reading JSON text for {@link Json}: a small recursive-descent parser, nothing kept between calls. */
final class JsonText {

  private static final int MAX_DEPTH = 64;

  private final String s;
  private int at;

  private JsonText(String s) {
    this.s = s;
  }

  static void write(Json value, StringBuilder out) {
    if (value instanceof Json.Text t) {
      quote(t.value(), out);
    } else if (value instanceof Json.Num n) {
      out.append(n.value());
    } else if (value instanceof Json.Bool b) {
      out.append(b.value());
    } else if (value instanceof Json.Null) {
      out.append("null");
    } else if (value instanceof Json.Arr a) {
      out.append('[');
      boolean first = true;
      for (Json item : a.items()) {
        out.append(first ? "" : ",");
        first = false;
        write(item, out);
      }
      out.append(']');
    } else {
      out.append('{');
      boolean first = true;
      for (var member : ((Json.Obj) value).members()) {
        out.append(first ? "" : ",");
        first = false;
        quote(member._1, out);
        out.append(':');
        write(member._2, out);
      }
      out.append('}');
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static Either<String, Json> read(String text) {
    if (text == null) {
      return Either.left("no JSON");
    }
    JsonText p = new JsonText(text);
    try {
      Json value = p.value(0);
      p.space();
      return p.at == text.length() ? Either.right(value) : Either.left("text after the JSON value at " + p.at);
    } catch (IllegalArgumentException e) {
      return Either.left(e.getMessage());
    }
  }

  private Json value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("JSON nested too deeply");
    }
    space();
    char c = peek();
    switch (c) {
      case '{' :
        return object(depth);
      case '[' :
        return array(depth);
      case '"' :
        return new Json.Text(string());
      case 't' :
        literal("true");
        return new Json.Bool(true);
      case 'f' :
        literal("false");
        return new Json.Bool(false);
      case 'n' :
        literal("null");
        return new Json.Null();
      default :
        return number();
    }
  }

  private Json object(int depth) {
    at++;
    Map<String, Json> members = LinkedHashMap.empty();
    space();
    if (peek() == '}') {
      at++;
      return new Json.Obj(members);
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw new IllegalArgumentException("expected a member name at " + at);
      }
      String name = string();
      space();
      expect(':');
      members = members.put(name, value(depth + 1));
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return new Json.Obj(members);
      }
    }
  }

  private Json array(int depth) {
    at++;
    List<Json> items = List.empty();
    space();
    if (peek() == ']') {
      at++;
      return new Json.Arr(items);
    }
    while (true) {
      items = items.prepend(value(depth + 1));
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return new Json.Arr(items.reverse());
      }
    }
  }

  private String string() {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character in a string at " + (at - 1));
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > s.length()) {
            throw new IllegalArgumentException("short \\u escape at " + at);
          }
          try {
            out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
          } catch (NumberFormatException bad) {
            throw new IllegalArgumentException("bad \\u escape at " + at);
          }
          at += 4;
        }
        default -> throw new IllegalArgumentException("bad escape at " + (at - 1));
      }
    }
  }

  private Json number() {
    int start = at;
    if (at < s.length() && s.charAt(at) == '-') {
      at++;
    }
    int digits = at;
    while (at < s.length() && "0123456789.eE+-".indexOf(s.charAt(at)) >= 0) {
      at++;
    }
    String text = s.substring(start, at);
    if (at == digits || !text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
      throw new IllegalArgumentException("unexpected " + (at < s.length() ? "character" : "end") + " at " + start);
    }
    return new Json.Num(text);
  }

  private void literal(String word) {
    if (!s.startsWith(word, at)) {
      throw new IllegalArgumentException("unexpected character at " + at);
    }
    at += word.length();
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + (at - 1));
    }
  }

  private char peek() {
    if (at >= s.length()) {
      throw new IllegalArgumentException("unexpected end at " + at);
    }
    return s.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void space() {
    while (at < s.length() && " \t\r\n".indexOf(s.charAt(at)) >= 0) {
      at++;
    }
  }
}
