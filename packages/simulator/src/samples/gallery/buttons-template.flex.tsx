/** @jsxImportSource @flexkit/flex-jsx */
import { ButtonsTemplate, datetimePicker, message, postback, uri } from "@flexkit/flex-jsx";

/** A buttons template: a thumbnail, a title and four actions (the most LINE allows, TPL-BTN). */
export default (
  <ButtonsTemplate
    altText="Bike rental: choose an option"
    thumbnailImageUrl="https://example.com/flexkit/gallery/bike.jpg"
    imageAspectRatio="rectangle"
    imageSize="cover"
    title="City bike rental"
    text="Station 12 · 8 bikes free"
    defaultAction={uri("https://example.com/flexkit/bikes/12")}
    actions={[
      postback("bike=rent&station=12", "Rent now", { displayText: "Rent a bike" }),
      datetimePicker("bike=reserve&station=12", "datetime", "Reserve"),
      message("Show me the prices", "Prices"),
      uri("https://example.com/flexkit/bikes/map", "Map"),
    ]}
  />
);
