import {
  isRichMenuModule,
  type MessageModule,
  type RenderedMessages,
  renderMessageFile,
  renderRichMenuFile,
} from "@flexkit/flex-jsx/message-file";
import * as apparel from "./apparel.flex.js";
import * as appointment from "./appointment.flex.js";
import * as buttonsTemplate from "./buttons-template.flex.js";
import * as carouselTemplate from "./carousel-template.flex.js";
import * as confirmTemplate from "./confirm-template.flex.js";
import * as gradientCard from "./gradient-card.flex.js";
import * as hotel from "./hotel.flex.js";
import * as imageCarouselTemplate from "./image-carousel-template.flex.js";
import * as imagemap from "./imagemap.flex.js";
import * as menu from "./menu.flex.js";
import * as quickReplyConversation from "./quick-reply-conversation.flex.js";
import * as realEstate from "./real-estate.flex.js";
import * as receipt from "./receipt.flex.js";
import * as restaurant from "./restaurant.flex.js";
import * as richMenuBooking from "./rich-menu-booking.flex.js";
import * as richMenuCompact from "./rich-menu-compact.flex.js";
import * as richMenuLarge from "./rich-menu-large.flex.js";
import * as richMenuTabs from "./rich-menu-tabs.flex.js";
import * as shoppingCarousel from "./shopping-carousel.flex.js";
import * as sizes from "./sizes.flex.js";
import * as social from "./social.flex.js";
import * as ticket from "./ticket.flex.js";
import * as todo from "./todo.flex.js";
import * as transit from "./transit.flex.js";
import * as videoHero from "./video-hero.flex.js";

export interface GallerySample {
  /** Stable and URL-safe: the file name without `.flex.tsx`. */
  id: string;
  title: string;
  /** Lower-case words a search matches besides the title. */
  tags: readonly string[];
  /** The sample's message file, as imported. */
  module: MessageModule;
}

/** The simulator's gallery: messages of the project's own design, one `.flex.tsx` file each. */
export const GALLERY: readonly GallerySample[] = [
  { id: "receipt", title: "Receipt", tags: ["flex", "bubble", "shop", "price"], module: receipt },
  { id: "menu", title: "Menu", tags: ["flex", "bubble", "food", "hero", "button"], module: menu },
  {
    id: "hotel",
    title: "Hotel",
    tags: ["flex", "bubble", "giga", "icon", "absolute", "travel"],
    module: hotel,
  },
  {
    id: "restaurant",
    title: "Restaurant",
    tags: ["flex", "bubble", "food", "datetimepicker"],
    module: restaurant,
  },
  {
    id: "shopping-carousel",
    title: "Shopping carousel",
    tags: ["flex", "carousel", "kilo", "shop", "postback"],
    module: shoppingCarousel,
  },
  {
    id: "transit",
    title: "Transit",
    tags: ["flex", "bubble", "header", "timeline", "travel"],
    module: transit,
  },
  {
    id: "apparel",
    title: "Apparel",
    tags: ["flex", "carousel", "absolute", "offset", "shop", "fashion"],
    module: apparel,
  },
  {
    id: "real-estate",
    title: "Real estate",
    tags: ["flex", "bubble", "hero", "box", "home"],
    module: realEstate,
  },
  { id: "ticket", title: "Ticket", tags: ["flex", "bubble", "event", "qr"], module: ticket },
  {
    id: "social",
    title: "Social post",
    tags: ["flex", "bubble", "span", "header", "photo"],
    module: social,
  },
  {
    id: "todo",
    title: "To-do list",
    tags: ["flex", "bubble", "tasks", "postback", "progress"],
    module: todo,
  },
  {
    id: "video-hero",
    title: "Video hero",
    tags: ["flex", "bubble", "video", "hero"],
    module: videoHero,
  },
  {
    id: "gradient-card",
    title: "Gradient card",
    tags: ["flex", "bubble", "kilo", "gradient", "background"],
    module: gradientCard,
  },
  {
    id: "sizes",
    title: "Bubble sizes (nano to giga, deca and hecto)",
    tags: ["flex", "carousel", "size", "deca", "hecto", "nano", "micro", "kilo", "mega", "giga"],
    module: sizes,
  },
  {
    id: "appointment",
    title: "Appointment reminder",
    tags: ["flex", "bubble", "kilo", "message action"],
    module: appointment,
  },
  { id: "imagemap", title: "Imagemap", tags: ["imagemap", "area", "campaign"], module: imagemap },
  {
    id: "buttons-template",
    title: "Buttons template",
    tags: ["template", "buttons", "thumbnail"],
    module: buttonsTemplate,
  },
  {
    id: "confirm-template",
    title: "Confirm template",
    tags: ["template", "confirm", "yes no"],
    module: confirmTemplate,
  },
  {
    id: "carousel-template",
    title: "Carousel template",
    tags: ["template", "carousel", "columns"],
    module: carouselTemplate,
  },
  {
    id: "image-carousel-template",
    title: "Image carousel template",
    tags: ["template", "image carousel", "columns"],
    module: imageCarouselTemplate,
  },
  {
    id: "quick-reply-conversation",
    title: "Quick-reply conversation",
    tags: ["text", "sticker", "quick reply", "conversation", "array"],
    module: quickReplyConversation,
  },
  {
    id: "rich-menu-large",
    title: "Rich menu: large, 6 areas",
    tags: ["rich menu", "richmenu", "large", "row", "postback"],
    module: richMenuLarge,
  },
  {
    id: "rich-menu-compact",
    title: "Rich menu: compact, 3 areas",
    tags: ["rich menu", "richmenu", "compact", "bounds"],
    module: richMenuCompact,
  },
  {
    id: "rich-menu-tabs",
    title: "Rich menu: two tabs (richmenuswitch)",
    tags: ["rich menu", "richmenu", "tabs", "richmenuswitch", "alias", "row", "column"],
    module: richMenuTabs,
  },
  {
    id: "rich-menu-booking",
    title: "Rich menu: booking (datetimepicker, clipboard)",
    tags: ["rich menu", "richmenu", "compact", "datetimepicker", "clipboard", "column"],
    module: richMenuBooking,
  },
];

/**
 * A sample's message: its file's default export, rendered as every tool renders a message file
 * (@flexkit/flex-jsx/message-file), an array as a list of messages; a rich menu file's menus as
 * `{ richMenus, images? }`.
 */
export function renderSample(sample: GallerySample): RenderedMessages {
  const file = `${sample.id}.flex.tsx`;
  if (!isRichMenuModule(sample.module, file)) return renderMessageFile(sample.module, file);
  // A rich menu sample opens as the chat draws rich menus: { richMenus, images? }.
  const { richMenus, images, sources } = renderRichMenuFile(sample.module, file);
  const message = Object.keys(images).length === 0 ? { richMenus } : { richMenus, images };
  return { message, sources };
}

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
