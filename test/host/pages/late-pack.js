// A pack added by a tag manager once the widgets have drawn (in English): they draw again in it.
// Records the language each widget drew in before the pack came.
addEventListener('load', async () => {
  const els = [...document.querySelectorAll('mn-contraindication-check, mn-aftercare-timeline, mn-booking-form')];
  await Promise.all(els.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  window.__before = els.map((el) => el.shadowRoot.querySelector('.root').lang);
  document.head.append(Object.assign(document.createElement('script'), { src: '/dist/mn-widgets.es.js' }));
});
