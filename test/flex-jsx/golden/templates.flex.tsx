/** @jsxImportSource @flexkit/flex-jsx */
import {
  ButtonsTemplate,
  CarouselColumn,
  CarouselTemplate,
  ConfirmTemplate,
  ImageCarouselColumn,
  ImageCarouselTemplate,
  message,
  postback,
  uri,
} from "@flexkit/flex-jsx";

/** The four templates, each wrapped with its altText; columns are children, actions a prop. */
export default [
  <ButtonsTemplate
    key="buttons"
    altText="Menu"
    thumbnailImageUrl="https://example.com/thumb.jpg"
    imageAspectRatio="square"
    imageSize="contain"
    imageBackgroundColor="#FFEEDD"
    title="Menu"
    text="Please select"
    defaultAction={uri("https://example.com/menu", "View")}
    actions={[postback("buy=1", "Buy"), message("Hi", "Say hi")]}
  />,
  <ConfirmTemplate
    key="confirm"
    altText="Are you sure?"
    text="Are you sure?"
    actions={[message("yes", "Yes"), message("no", "No")]}
  />,
  <CarouselTemplate
    key="carousel"
    altText="Pick one"
    imageAspectRatio="rectangle"
    imageSize="cover"
  >
    <CarouselColumn
      thumbnailImageUrl="https://example.com/1.jpg"
      title="First"
      text="One"
      actions={[postback("item=1", "Choose")]}
    />
    <CarouselColumn
      thumbnailImageUrl="https://example.com/2.jpg"
      title="Second"
      text="Two"
      defaultAction={uri("https://example.com/2")}
      actions={[postback("item=2", "Choose")]}
    />
  </CarouselTemplate>,
  <ImageCarouselTemplate key="image_carousel" altText="Photos">
    <ImageCarouselColumn
      imageUrl="https://example.com/a.jpg"
      action={uri("https://example.com/a", "A")}
    />
    <ImageCarouselColumn imageUrl="https://example.com/b.jpg" action={postback("b")} />
  </ImageCarouselTemplate>,
];
