import { startPage } from "@/src/content/page";
import "./highlights.css";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  main(ctx) {
    startPage(ctx);
  },
});
