/** Attributes and handlers for `element()`; `text` sets the text content. */
export interface ElementOptions {
  class?: string;
  text?: string;
  attributes?: Record<string, string | number | boolean | null | undefined>;
  onClick?: () => void;
}

type Child = Node | string | null | undefined | false;

/** Creates an element; attributes with a null, undefined or false value are left out. */
export function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, options: ElementOptions = {}, ...children: Child[]): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  if (options.onClick) node.addEventListener('click', options.onClick);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** Creates a button that runs `action` when tapped; touch screens deliver taps as clicks. */
export function button(label: string, action: () => void, options: { variant?: 'primary' | 'secondary'; disabled?: boolean; attributes?: ElementOptions['attributes'] } = {}): HTMLButtonElement {
  return element('button', {
    class: `button button-${options.variant ?? 'secondary'}`,
    text: label,
    attributes: { type: 'button', disabled: options.disabled ?? false, ...options.attributes },
    onClick: () => action(),
  });
}
