/**
 * Reads one page load's Chromium trace (the JSON that `browser.stopTracing()` returns) and measures
 * the renderer's main thread from the start of the task that runs the page's script to the end of
 * the first frame painted after every element on the page has rendered.
 *
 * - "rendered" is a User Timing mark the benchmark page sets when every element's `updateComplete`
 *   has resolved (see `probe` in bench.mjs).
 * - CPU is thread time (`tdur`), summed over the main thread's top-level tasks in that window: it
 *   leaves out time the thread spent waiting (network, other processes on a busy machine).
 */

/** The trace categories the analysis needs, and no more (each category costs overhead). */
export const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

const ms = (us) => us / 1000;
const isTask = (e) => e.ph === 'X' && e.cat.split(',').includes('toplevel');

/** The outermost events: a sweep over events sorted by start, dropping those inside the previous one. */
function outermost(events) {
  const out = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const last = out.at(-1);
    if (!last || e.ts >= last.ts + last.dur) out.push(e);
  }
  return out;
}

/** CPU (thread time) of events; Chromium leaves `tdur` out of some empty events, whose `dur` is then near 0. */
const cpu = (events) => events.reduce((a, e) => a + (e.tdur ?? e.dur), 0);

/** Where main-thread time goes: each outermost event of these names counts for its group. */
const GROUPS = {
  evaluate: ['EvaluateScript', 'v8.compile'],
  parseAndRender: ['ParseHTML', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch'],
  styleAndLayout: ['UpdateLayoutTree', 'Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer'],
};
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([g, names]) => names.map((n) => [n, g])));

/**
 * @param {object[]} events the trace's `traceEvents`
 * @param {{ pageUrl: string, scriptUrl: string }} where the page's address and its one script's
 * @returns a measurement, or `{ error }` when the trace does not hold the whole window (the caller retries)
 */
export function analyse(events, { pageUrl, scriptUrl }) {
  const evaluate = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && e.args?.data?.url === scriptUrl);
  if (!evaluate.length) return { error: `no EvaluateScript for ${scriptUrl}` };
  const { pid, tid } = evaluate[0];
  const main = events.filter((e) => e.pid === pid && e.tid === tid);
  const tasks = outermost(main.filter(isTask));
  const taskAt = (ts) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur);

  const startTask = taskAt(evaluate[0].ts);
  if (!startTask) return { error: 'the script ran outside any task' };
  const rendered = main.find((e) => e.name === 'rendered' && e.cat.includes('blink.user_timing'));
  if (!rendered) return { error: 'no "rendered" mark: the elements had not rendered when tracing stopped' };
  const paint = main.filter((e) => e.name === 'Paint' && e.ph === 'X' && e.ts >= rendered.ts).sort((a, b) => a.ts - b.ts)[0];
  const frameTask = paint && taskAt(paint.ts);
  if (!frameTask) return { error: 'no frame painted after the "rendered" mark before tracing stopped' };

  const start = startTask.ts;
  const end = frameTask.ts + frameTask.dur;
  const window = tasks.filter((t) => t.ts >= start && t.ts + t.dur <= end);
  // A platform with no thread clock records no `tdur` at all: then the figures are wall time.
  const threadTime = window.some((t) => t.tdur !== undefined);

  const navigation = main.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  const fcp =
    navigation && main.find((e) => e.name === 'firstContentfulPaint' && e.args?.data?.navigationId === navigation.args.data.navigationId);

  // The script's own compile and top-level run on the main thread, and its streaming compile off it.
  const scriptMain = outermost([
    ...evaluate,
    ...main.filter((e) => e.name === 'v8.compile' && e.ph === 'X' && e.args?.data?.url === scriptUrl),
  ]);
  const breakdown = Object.fromEntries([...Object.keys(GROUPS), 'other'].map((g) => [g, 0]));
  for (const e of outermost(main.filter((e) => e.ph === 'X' && GROUP_OF.has(e.name) && e.ts >= start && e.ts + e.dur <= end)))
    breakdown[GROUP_OF.get(e.name)] += ms(cpu([e]));
  breakdown.other = ms(cpu(window)) - Object.values(breakdown).reduce((a, b) => a + b, 0);

  const background = events.filter((e) => e.name === 'v8.parseOnBackground' && e.ph === 'X' && e.args?.data?.url === scriptUrl);

  return {
    /** Main-thread CPU ms, script start to the end of the first frame after render. */
    cpu: ms(cpu(window)),
    /** Wall-clock ms of the same window. */
    wall: ms(end - start),
    /** ms from navigation start to first contentful paint, and to the end of that first frame. */
    fcp: fcp ? ms(fcp.ts - navigation.ts) : NaN,
    frameEnd: navigation ? ms(end - navigation.ts) : NaN,
    /** Main-thread CPU ms of compiling and evaluating the script (its top level, not later calls). */
    script: ms(cpu(scriptMain)),
    /** CPU ms of compiling the script off the main thread while it streamed in. */
    backgroundCompile: ms(cpu(background)),
    /** The CPU split: script top level, HTML parsing with the elements' first render, style and layout, paint, the rest. */
    breakdown,
    tasks: window.length,
    threadTime,
  };
}
