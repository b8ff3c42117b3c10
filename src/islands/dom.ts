/** Creates an element with classes and, optionally, text (always as text, never as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The label column of the compare tables stays in view while the figures scroll sideways; narrow on a phone, so the venues show beside it. */
export const stickyColumn = 'sticky left-0 z-10 w-32 min-w-32 max-w-40 sm:w-auto sm:max-w-64 [overflow-wrap:anywhere]';
