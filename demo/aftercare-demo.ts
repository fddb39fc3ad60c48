/**
 * The demo's "treated at" control for <mn-aftercare-timeline>: sets `treated-at` (wall time in the
 * clinic's zone), starting 30 hours ago so the timeline opens on day two.
 */
const input = document.getElementById('treated-at') as HTMLInputElement;
const timeline = document.getElementById('aftercare')!;
const set = () => (input.value ? timeline.setAttribute('treated-at', input.value) : timeline.removeAttribute('treated-at'));
const start = new Date(Date.now() - 30 * 3_600_000);
start.setMinutes(0, 0, 0);
input.value = new Date(start.getTime() - start.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
input.addEventListener('change', set);
set();
