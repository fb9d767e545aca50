/** @jsxImportSource @flexkit/flex-jsx */
import { CarouselColumn, CarouselTemplate, postback, uri } from "@flexkit/flex-jsx";

const plans = [
  { id: "basic", title: "Basic", text: "1 class a week · ¥4,000/month" },
  { id: "plus", title: "Plus", text: "3 classes a week · ¥9,000/month" },
  { id: "free", title: "Unlimited", text: "Every class · ¥14,000/month" },
];

/** A carousel template: every column has the same number of actions, as LINE requires (TPL-CAR). */
export default (
  <CarouselTemplate altText="Yoga studio plans" imageAspectRatio="square" imageSize="cover">
    {plans.map((plan) => (
      <CarouselColumn
        key={plan.id}
        thumbnailImageUrl={`https://example.com/flexkit/gallery/yoga-${plan.id}.jpg`}
        title={plan.title}
        text={plan.text}
        actions={[
          postback(`plan=join&id=${plan.id}`, "Join"),
          uri(`https://example.com/flexkit/yoga/${plan.id}`, "Details"),
        ]}
      />
    ))}
  </CarouselTemplate>
);
