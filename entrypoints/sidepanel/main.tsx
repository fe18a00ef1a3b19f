import { render } from "preact";
import { SidePanel } from "@/src/ui/SidePanel";
import "@/src/ui/panel.css";

render(<SidePanel />, document.getElementById("app")!);
