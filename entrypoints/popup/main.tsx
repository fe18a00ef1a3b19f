import { render } from "preact";
import { uiLang } from "@/src/ui/i18n";
import { Popup } from "@/src/ui/Popup";
import "@/src/ui/base.css";
import "@/src/ui/popup.css";

// The page's language is the UI's, for screen readers and hyphenation.
document.documentElement.lang = uiLang(browser.i18n.getUILanguage());
render(<Popup />, document.getElementById("app")!);
