import { backgroundImage, cssListItem, cssValue, escapeHtml } from "@flexkit/draw";
import { describe, expect, it } from "vitest";

/**
 * The Flex renderer writes HTML (draw/src/flex/markup.ts), and a `#m=` link draws a stranger's
 * JSON: every value from the JSON must stay text, and CSS values must stay one value.
 */
describe("markup escaping", () => {
  it("escapes text and attribute values", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;",
    );
    expect(escapeHtml("plain")).toBe("plain");
  });

  it("keeps lengths, colours, angles and computed values", () => {
    for (const value of [
      "10px",
      "50%",
      "#ff00ff80",
      "rgba(0, 0, 0, 0.5)",
      "calc(1.4em + 4px)",
      "calc(16px * var(--flexkit-font-scale, 1))",
      "linear-gradient(90deg, #000000, #ffffff 30%, #ff0000)",
      "flex-start",
      "2 0 0",
      3,
    ])
      expect(cssValue(value)).toBe(String(value));
  });

  it("refuses a value that could end the declaration or fetch something", () => {
    for (const value of [
      "red;background:blue",
      "red}body{color:red",
      'red"',
      "red'",
      "url(https://example.com/track.png)",
      "linear-gradient(90deg, #000000, #ffffff), url(https://example.com/x)",
      "image-set(x 1x)",
      "expression(alert(1))",
      "\\72 ed",
      Number.NaN,
      {},
    ])
      expect(cssValue(value)).toBeUndefined();
  });

  it("keeps a list item to one item: it can neither close its function nor add a layer", () => {
    for (const value of ["90deg", "#ff000080", "rgba(0, 0, 0, 0.5)", "calc(10% + 2px)"])
      expect(cssListItem(value)).toBe(value);
    for (const value of ["0deg, #000, #fff), var(--x", "#000, #fff", "red)", "(red", "a)(b"])
      expect(cssListItem(value)).toBeUndefined();
  });

  it("quotes an image URL so that nothing in it ends the string", () => {
    expect(backgroundImage('https://example.com/a").png')).toBe(
      'background-image:url("https://example.com/a\\22 ).png");',
    );
    expect(backgroundImage("https://example.com/a\\b\nc")).toBe(
      'background-image:url("https://example.com/a\\5c b\\a c");',
    );
    expect(backgroundImage(42)).toBe("");
  });
});
