/** @jsxImportSource @flexkit/flex-jsx */
import { ImageCarouselColumn, ImageCarouselTemplate, postback, uri } from "@flexkit/flex-jsx";

/** An image carousel template: square photos, each with one action. */
export default (
  <ImageCarouselTemplate altText="Pick a flower bouquet">
    <ImageCarouselColumn
      imageUrl="https://example.com/flexkit/gallery/bouquet-tulip.jpg"
      action={postback("bouquet=tulip", "Tulips", { displayText: "Tulips, please" })}
    />
    <ImageCarouselColumn
      imageUrl="https://example.com/flexkit/gallery/bouquet-rose.jpg"
      action={postback("bouquet=rose", "Roses", { displayText: "Roses, please" })}
    />
    <ImageCarouselColumn
      imageUrl="https://example.com/flexkit/gallery/bouquet-mixed.jpg"
      action={uri("https://example.com/flexkit/bouquets", "All")}
    />
  </ImageCarouselTemplate>
);
