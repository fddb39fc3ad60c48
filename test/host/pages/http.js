// On a plain-http page (not a secure context), fills the booking form like a patient and sends it
// to the test endpoint session named by ?s=; tells the parent window what happened.
addEventListener('load', async () => {
  const report = (result) => parent.postMessage({ secure: isSecureContext, randomUUID: typeof crypto.randomUUID, ...result }, '*');
  try {
    await customElements.whenDefined('mn-booking-form');
    const form = document.querySelector('mn-booking-form');
    Object.assign(form, { endpoint: `/test-booking/${new URLSearchParams(location.search).get('s')}`, minFill: 0 });
    await form.updateComplete;
    const root = form.shadowRoot;
    const set = (name, value) => {
      const input = root.querySelector(`[name="${name}"]`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('name', 'Ana Lima');
    set('email', 'ana@example.com');
    const day = new Date(Date.now() + 10 * 86_400_000);
    // A weekday: the host pages' clinic is closed on Sundays.
    if (day.getDay() === 0) day.setDate(day.getDate() + 1);
    set('date0', day.toLocaleDateString('sv'));
    root.querySelector('[name="consent"]').click();
    await form.updateComplete;
    root.querySelector('form button:not([type=button])').click();
    for (let i = 0; i < 100 && !root.querySelector('.done [role=heading]'); i++) await new Promise((r) => setTimeout(r, 50));
    report({ sent: !!root.querySelector('.done [role=heading]'), errors: window.__errors });
  } catch (e) {
    report({ error: String(e) });
  }
});
