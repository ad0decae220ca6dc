// A searchable country picker: type to filter, pick with the mouse or the keyboard (arrows,
// Enter, Escape; Backspace in the empty box removes the last choice), the choice shown as chips
// that stay in view. A country asked for (e.g. in the URL) but absent from this page's data is
// said so ("No data here for Bhutan") instead of vanishing. Like an Observable input, the
// element has a `value` (codes, or one code) and fires "input" when it changes.
import { html } from "htl";
import { matchesCountry } from "./format.js";
import { bindToUrl, fromUrl, listCodec, textCodec } from "./url-state.js";

export interface CountryOption {
  code: string;
  name: string;
  /** Other names readers type ("Turkey", "Ivory Coast"), from data/reference/country-search-aliases.csv. */
  aliases?: readonly string[];
}

/** A country's name and aliases, as the data pass writes them (src/data/country-search.json). */
export type CountrySearchEntry = Required<CountryOption>;

export interface CountryPickerOptions {
  label: string;
  /** The countries asked for: kept when in `options`, reported as "no data" otherwise. */
  value: string[];
  /** One country (value is a code) or several (value is a list of codes). */
  multiple?: boolean;
  /** Names for codes asked for but not in `options`, to say "no data for <name>". */
  names?: Map<string, string>;
  /** Single choice only: an entry meaning "no filter", with code "". */
  allLabel?: string;
  /** Every country's name and aliases: found by any of them, and named when asked for without data. */
  search?: readonly CountrySearchEntry[];
}

let pickers = 0;

export type CountryPicker = HTMLFormElement & { value: string[] | string };

export function CountryPicker(options: CountryOption[], settings: CountryPickerOptions): CountryPicker {
  const { label, multiple = true, allLabel, search: known = [] } = settings;
  // A code asked for but without data here is said by name ("No data here for Bhutan"), not as "BTN".
  const names = new Map([...known.map((c) => [c.code, c.name] as const), ...(settings.names ?? new Map())]);
  const aliasesOf = new Map(known.map((c) => [c.code, c.aliases]));
  const id = `country-picker-${++pickers}`;
  const all: CountryOption[] = [
    ...(allLabel ? [{ code: "", name: allLabel }] : []),
    ...options.map((o) => ({ ...o, aliases: o.aliases ?? aliasesOf.get(o.code) ?? [] })),
  ];
  const byCode = new Map(all.map((o) => [o.code, o]));
  const missing = settings.value.filter((c) => !byCode.has(c));
  let selected = settings.value.filter((c) => byCode.has(c));
  if (!multiple) selected = selected.slice(0, 1);
  if (!multiple && !selected.length && allLabel) selected = [""];

  const search = html`<input
    id=${`${id}-input`}
    type="text"
    role="combobox"
    autocomplete="off"
    spellcheck="false"
    aria-autocomplete="list"
    aria-expanded="false"
    aria-controls=${`${id}-list`}
    placeholder=${multiple ? "Type to add a country…" : "Type a country…"}
  />` as HTMLInputElement;
  const list = html`<ul id=${`${id}-list`} class="picker-options" role="listbox" aria-label=${label} hidden></ul>`;
  const chips = html`<ul class="picker-chips" aria-label=${`${label}: chosen`}></ul>`;
  const status = html`<p class="picker-status muted" aria-live="polite"></p>`;
  const form = html`<form class="country-picker">
    <label for=${`${id}-input`}>${label}</label>
    <div class="picker-body">${chips}${search}${list}${status}</div>
  </form>` as CountryPicker;

  let matches: CountryOption[] = [];
  let active = -1;

  const emit = () => form.dispatchEvent(new Event("input", { bubbles: true }));
  const choose = (code: string) => {
    if (multiple) selected = selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code];
    else selected = [code];
    search.value = "";
    renderChips();
    close();
    emit();
  };
  const remove = (code: string) => {
    selected = selected.filter((c) => c !== code);
    renderChips();
    emit();
    search.focus();
  };

  function renderChips() {
    chips.replaceChildren(
      ...selected.map((code) => {
        const name = byCode.get(code)?.name ?? code;
        const chip = html`<li class="chip">${name}</li>`;
        if (multiple) {
          const button = html`<button type="button" aria-label=${`Remove ${name}`}>×</button>`;
          button.addEventListener("click", () => remove(code));
          chip.append(button);
        }
        return chip;
      }),
    );
    const notes = [];
    if (missing.length) notes.push(`No data here for ${missing.map((c) => names.get(c) ?? c).join(", ")}.`);
    if (multiple && !selected.length) notes.push("No country chosen: type a name to add one.");
    status.textContent = notes.join(" ");
  }

  function renderList() {
    // Accents and case ignored, aliases included: "Turkey" and "cote" find Türkiye and Côte d'Ivoire.
    matches = all.filter((o) => matchesCountry(o, search.value));
    list.replaceChildren(
      ...matches.map((o, i) => {
        const option = html`<li id=${`${id}-opt-${i}`} role="option" aria-selected=${String(selected.includes(o.code))}>
          ${o.name}
        </li>`;
        if (i === active) option.classList.add("active");
        // mousedown, not click: choose before the text box loses focus and closes the list.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(o.code);
        });
        return option;
      }),
    );
    if (!matches.length)
      list.append(html`<li class="muted" role="presentation">No country matches “${search.value}”.</li>`);
    if (active >= 0) search.setAttribute("aria-activedescendant", `${id}-opt-${active}`);
    else search.removeAttribute("aria-activedescendant");
  }
  function open() {
    list.hidden = false;
    search.setAttribute("aria-expanded", "true");
    renderList();
  }
  function close() {
    list.hidden = true;
    active = -1;
    search.setAttribute("aria-expanded", "false");
    search.removeAttribute("aria-activedescendant");
  }

  // Typing filters the list; it must not reach the page as a change of value.
  search.addEventListener("input", (event) => {
    event.stopPropagation();
    active = 0;
    open();
  });
  search.addEventListener("focus", () => open());
  search.addEventListener("blur", () => close());
  search.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) open();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = Math.max(0, Math.min(matches.length - 1, active + step));
      renderList();
      list.querySelector(".active")?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!list.hidden && matches[active]) choose(matches[active].code);
    } else if (event.key === "Escape") {
      close();
    } else if (event.key === "Backspace" && !search.value && multiple && selected.length) {
      remove(selected.at(-1)!);
    }
  });
  form.addEventListener("submit", (event) => event.preventDefault());

  Object.defineProperty(form, "value", {
    get: () => (multiple ? [...selected] : (selected[0] ?? "")),
    set: (v: string[] | string) => {
      selected = (Array.isArray(v) ? v : [v]).filter((c) => byCode.has(c));
      renderChips();
    },
  });
  renderChips();
  return form;
}

/** The distinct countries of some rows, by name. */
export function countryOptions(rows: { country: string; country_name: string }[]): CountryOption[] {
  const names = new Map(rows.map((r) => [r.country, r.country_name]));
  return [...names].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export interface UrlPickerOptions {
  label: string;
  /** The query-string key the choice is kept under. */
  key: string;
  /** The choice when the URL has none. */
  fallback: string[];
  multiple?: boolean;
  names?: Map<string, string>;
  allLabel?: string;
  search?: readonly CountrySearchEntry[];
}

/** A picker over the countries of `rows`, its choice read from and written to `?key=`. */
export function urlCountryPicker(
  rows: { country: string; country_name: string }[],
  { key, fallback, multiple = true, ...rest }: UrlPickerOptions,
): CountryPicker {
  if (multiple) {
    const picker = CountryPicker(countryOptions(rows), {
      ...rest,
      multiple,
      value: fromUrl(key, listCodec) ?? fallback,
    });
    return bindToUrl(picker as CountryPicker & { value: string[] }, key, listCodec);
  }
  const asked = fromUrl(key, textCodec);
  const picker = CountryPicker(countryOptions(rows), {
    ...rest,
    multiple,
    value: asked !== undefined ? [asked] : fallback,
  });
  return bindToUrl(picker as CountryPicker & { value: string }, key, textCodec);
}
