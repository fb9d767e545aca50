import type { FlexNode } from "@flexkit/flex-jsx";
import apparel from "./apparel.flex.js";
import appointment from "./appointment.flex.js";
import buttonsTemplate from "./buttons-template.flex.js";
import carouselTemplate from "./carousel-template.flex.js";
import confirmTemplate from "./confirm-template.flex.js";
import gradientCard from "./gradient-card.flex.js";
import hotel from "./hotel.flex.js";
import imageCarouselTemplate from "./image-carousel-template.flex.js";
import imagemap from "./imagemap.flex.js";
import menu from "./menu.flex.js";
import quickReplyConversation from "./quick-reply-conversation.flex.js";
import realEstate from "./real-estate.flex.js";
import receipt from "./receipt.flex.js";
import restaurant from "./restaurant.flex.js";
import shoppingCarousel from "./shopping-carousel.flex.js";
import sizes from "./sizes.flex.js";
import social from "./social.flex.js";
import ticket from "./ticket.flex.js";
import todo from "./todo.flex.js";
import transit from "./transit.flex.js";
import videoHero from "./video-hero.flex.js";

export interface GallerySample {
  /** Stable and URL-safe: the file name without `.flex.tsx`. */
  id: string;
  title: string;
  /** Lower-case words a search matches besides the title. */
  tags: readonly string[];
  /** The file's default export: a message element or an array of up to 5 of them. */
  message: FlexNode;
}

/** The simulator's gallery: messages of the project's own design, one `.flex.tsx` file each. */
export const GALLERY: readonly GallerySample[] = [
  { id: "receipt", title: "Receipt", tags: ["flex", "bubble", "shop", "price"], message: receipt },
  { id: "menu", title: "Menu", tags: ["flex", "bubble", "food", "hero", "button"], message: menu },
  {
    id: "hotel",
    title: "Hotel",
    tags: ["flex", "bubble", "giga", "icon", "absolute", "travel"],
    message: hotel,
  },
  {
    id: "restaurant",
    title: "Restaurant",
    tags: ["flex", "bubble", "food", "datetimepicker"],
    message: restaurant,
  },
  {
    id: "shopping-carousel",
    title: "Shopping carousel",
    tags: ["flex", "carousel", "kilo", "shop", "postback"],
    message: shoppingCarousel,
  },
  {
    id: "transit",
    title: "Transit",
    tags: ["flex", "bubble", "header", "timeline", "travel"],
    message: transit,
  },
  {
    id: "apparel",
    title: "Apparel",
    tags: ["flex", "carousel", "absolute", "offset", "shop", "fashion"],
    message: apparel,
  },
  {
    id: "real-estate",
    title: "Real estate",
    tags: ["flex", "bubble", "hero", "box", "home"],
    message: realEstate,
  },
  { id: "ticket", title: "Ticket", tags: ["flex", "bubble", "event", "qr"], message: ticket },
  {
    id: "social",
    title: "Social post",
    tags: ["flex", "bubble", "span", "header", "photo"],
    message: social,
  },
  {
    id: "todo",
    title: "To-do list",
    tags: ["flex", "bubble", "tasks", "postback", "progress"],
    message: todo,
  },
  {
    id: "video-hero",
    title: "Video hero",
    tags: ["flex", "bubble", "video", "hero"],
    message: videoHero,
  },
  {
    id: "gradient-card",
    title: "Gradient card",
    tags: ["flex", "bubble", "kilo", "gradient", "background"],
    message: gradientCard,
  },
  {
    id: "sizes",
    title: "Bubble sizes (nano to giga, deca and hecto)",
    tags: ["flex", "carousel", "size", "deca", "hecto", "nano", "micro", "kilo", "mega", "giga"],
    message: sizes,
  },
  {
    id: "appointment",
    title: "Appointment reminder",
    tags: ["flex", "bubble", "kilo", "message action"],
    message: appointment,
  },
  { id: "imagemap", title: "Imagemap", tags: ["imagemap", "area", "campaign"], message: imagemap },
  {
    id: "buttons-template",
    title: "Buttons template",
    tags: ["template", "buttons", "thumbnail"],
    message: buttonsTemplate,
  },
  {
    id: "confirm-template",
    title: "Confirm template",
    tags: ["template", "confirm", "yes no"],
    message: confirmTemplate,
  },
  {
    id: "carousel-template",
    title: "Carousel template",
    tags: ["template", "carousel", "columns"],
    message: carouselTemplate,
  },
  {
    id: "image-carousel-template",
    title: "Image carousel template",
    tags: ["template", "image carousel", "columns"],
    message: imageCarouselTemplate,
  },
  {
    id: "quick-reply-conversation",
    title: "Quick-reply conversation",
    tags: ["text", "sticker", "quick reply", "conversation", "array"],
    message: quickReplyConversation,
  },
];

/** Samples whose title, id or tags contain every word of the query (case-insensitive). */
export function searchGallery(query: string): GallerySample[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "");
  return GALLERY.filter((sample) => {
    const haystack = [sample.id, sample.title, ...sample.tags].join(" ").toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
