import { render } from "preact";
import { SidePanel } from "@/src/ui/SidePanel";
import { uiLang } from "@/src/ui/i18n";
import "@/src/ui/base.css";
import "@/src/ui/panel.css";

// The page's language is the UI's, for screen readers and hyphenation; quotes carry their own.
document.documentElement.lang = uiLang(browser.i18n.getUILanguage());
render(<SidePanel />, document.getElementById("app")!);
