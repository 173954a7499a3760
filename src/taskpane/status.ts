import { PricingError } from "../core/errors";
import { failureMessage } from "../core/messages";
import { h } from "./dom";
import type { Translator } from "./i18n";

export type MessageKind = "info" | "success" | "error";

/** A detail line: plain text, or a located problem (JSON path or cell address, and what is wrong). */
export type Detail = string | { readonly where: string; readonly message: string };

export interface Message {
  readonly kind: MessageKind;
  readonly text: string;
  readonly details: readonly Detail[];
  readonly at: Date;
}

export type ProgressReport = (fraction: number | null, text?: string) => void;

/** How long a success or info line stays before it fades away (errors stay until dismissed). */
export const FADE_AFTER_MS = 5000;
const FADE_MS = 400;

/**
 * Progress and messages, as a compact stack above the pane's scrolling body (it never lies
 * over a form). Errors stay until the user dismisses them (never replaced by the next
 * message); a success or info line replaces the previous one and fades after a few seconds.
 * Every message is also kept in `history` and logged to the console.
 */
export class StatusPanel {
  readonly history: Message[] = [];
  private readonly list: HTMLUListElement;
  private readonly progressBox: HTMLDivElement;
  private readonly bar: HTMLProgressElement;
  private readonly progressText: HTMLSpanElement;
  private readonly clearButton: HTMLButtonElement;
  private running = 0;

  constructor(
    root: HTMLElement,
    private readonly t: Translator,
  ) {
    this.bar = h("progress", { max: 1, "aria-label": t("working") });
    this.progressText = h("span", { class: "progress-text" });
    this.progressBox = h(
      "div",
      { class: "progress", role: "status", "aria-live": "polite", hidden: true },
      this.bar,
      this.progressText,
    );
    this.list = h("ul", { class: "messages", "aria-live": "polite", "aria-relevant": "additions" });
    this.clearButton = h(
      "button",
      { type: "button", class: "subtle small clear-messages", hidden: true },
      t("clearMessages"),
    );
    this.clearButton.addEventListener("click", () => this.clear());
    // The clear button has a row of its own above the list: it never sits on a message's text.
    root.replaceChildren(this.progressBox, h("div", { class: "messages-bar" }, this.clearButton), this.list);
  }

  info(text: string, details: readonly Detail[] = []): void {
    this.add("info", text, details);
  }

  success(text: string, details: readonly Detail[] = []): void {
    this.add("success", text, details);
  }

  error(text: string, details: readonly Detail[] = []): void {
    this.add("error", text, details);
  }

  /** Runs long work with a progress bar; errors are shown (and returned as undefined), never lost. */
  async track<T>(label: string, work: (report: ProgressReport) => Promise<T>): Promise<T | undefined> {
    this.running++;
    this.progressBox.hidden = false;
    this.progressText.textContent = label;
    this.bar.removeAttribute("value"); // indeterminate until the work reports a fraction
    const report: ProgressReport = (fraction, text) => {
      if (fraction === null) this.bar.removeAttribute("value");
      else this.bar.value = Math.max(0, Math.min(1, fraction));
      if (text) this.progressText.textContent = text;
    };
    // Let the browser paint the progress bar before synchronous work starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      return await work(report);
    } catch (error) {
      const message =
        error instanceof PricingError
          ? failureMessage(error.failure, this.t.lang)
          : error instanceof Error
            ? error.message
            : String(error);
      this.error(`${this.t("errorPrefix")}: ${message}`);
      return undefined;
    } finally {
      if (--this.running === 0) {
        this.progressBox.hidden = true;
        this.progressText.textContent = "";
      }
    }
  }

  clear(): void {
    this.list.replaceChildren();
    this.updateClear();
  }

  private updateClear(): void {
    this.clearButton.hidden = this.list.childElementCount === 0;
  }

  private add(kind: MessageKind, text: string, details: readonly Detail[]): void {
    const message: Message = { kind, text, details, at: new Date() };
    this.history.push(message);
    (kind === "error" ? console.error : console.info)(
      `[${kind}] ${text}${details.length ? "\n  " + details.map(detailText).join("\n  ") : ""}`,
    );
    const dismiss = h(
      "button",
      { type: "button", class: "dismiss", "aria-label": `${this.t("dismiss")}: ${text}`, title: this.t("dismiss") },
      "×",
    );
    const item = h(
      "li",
      { class: `message ${kind}`, role: kind === "error" ? "alert" : null },
      h("span", { class: "message-text" }, text),
      dismiss,
      details.length ? h("ol", { class: "problems" }, ...details.map(detailItem)) : null,
    );
    dismiss.addEventListener("click", () => {
      item.remove();
      this.updateClear();
    });
    // Only one success/info line is kept at a time; errors accumulate until dismissed.
    if (kind !== "error") {
      for (const old of [...this.list.querySelectorAll(":scope > li.info, :scope > li.success")]) old.remove();
      setTimeout(() => {
        item.classList.add("fading");
        setTimeout(() => {
          item.remove();
          this.updateClear();
        }, FADE_MS);
      }, FADE_AFTER_MS);
    }
    this.list.appendChild(item);
    this.updateClear();
  }
}

const detailText = (d: Detail): string => (typeof d === "string" ? d : `${d.where}: ${d.message}`);

function detailItem(d: Detail): HTMLLIElement {
  if (typeof d === "string") return h("li", {}, d);
  return h("li", {}, h("code", { class: "where" }, d.where), " ", h("span", {}, d.message));
}
