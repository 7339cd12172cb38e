/** Resolves with the page's first element of each tag once it is defined and rendered. */
export async function settled(...tags) {
  return Promise.all(
    tags.map(async (tag) => {
      await customElements.whenDefined(tag);
      const element = document.querySelector(tag);
      await element.updateComplete;
      return element;
    }),
  );
}

/** The visible text of an element's shadow root, with white space collapsed. */
export const text = (element) => element.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
