/**
 * Where a page's main thread spent one update, read from a Chromium performance trace (a benchmark
 * helper, used by scripts/bench-facets.mjs). The page marks each update with the User Timing marks
 * `<prefix>-start` (just before the click), `<prefix>-script` (the click's handlers done) and
 * `<prefix>-end` (the measurement's end); each mark triple becomes one breakdown. Figures are the main
 * thread's CPU time (the trace's thread time), which moves much less with the machine's load than
 * wall-clock time: on a shared machine the thread also waits while other processes run.
 */

/** The trace categories the breakdown needs (the DevTools timeline and User Timing marks). */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'];

/** Milliseconds of a trace's microseconds. */
const msOf = (microseconds) => microseconds / 1000;

/** Main-thread tasks as trees (complete events nested by time), for the thread that wrote the marks. */
function mainThreadEvents(events, marks) {
  const thread = `${marks[0].pid}:${marks[0].tid}`;
  const list = events
    .filter((event) => `${event.pid}:${event.tid}` === thread && event.ph === 'X' && typeof event.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const open = [];
  for (const event of list) {
    while (open.length > 0 && open.at(-1).ts + open.at(-1).dur <= event.ts) open.pop();
    event.depth = open.length;
    open.push(event);
  }
  return list;
}

/** The part of [start, end) an event covers, in wall-clock time. */
const overlap = (event, start, end) => Math.max(0, Math.min(event.ts + event.dur, end) - Math.max(event.ts, start));

/** The CPU time an event spent inside [start, end): its thread time, in proportion to the part of it inside. */
const cpuIn = (event, start, end) => {
  const inside = overlap(event, start, end);
  if (inside === 0 || event.dur === 0) return 0;
  return (event.tdur ?? event.dur) * (inside / event.dur);
};

/** The outermost events of one name inside a window (a name nested in itself is counted once). */
function outermost(events, name, start, end) {
  const found = [];
  for (const event of events) {
    if (event.name !== name || event.ts + event.dur <= start || event.ts >= end) continue;
    const last = found.at(-1);
    if (last && event.ts < last.ts + last.dur) continue;
    found.push(event);
  }
  return found;
}

/**
 * One breakdown per marked update, in milliseconds of main-thread CPU time inside its window:
 * script (the click's task, less any style or layout it forced), style (with the elements
 * restyled), layout (with the layout objects it visited), paint (pre-paint, paint, layerize),
 * commit (to the compositor), other (tasks that are none of these: network, favicon, timers)
 * and cpu (all of it); window is the wall-clock time from the click to the end mark.
 */
export function updateBreakdowns(traceJson, prefix) {
  const events = JSON.parse(traceJson).traceEvents;
  const marks = events.filter((event) => event.cat?.includes('blink.user_timing') && event.name.startsWith(`${prefix}-`));
  if (marks.length === 0) throw new Error(`no ${prefix}-* marks in the trace`);
  const at = (name) => marks.filter((mark) => mark.name === `${prefix}-${name}`).map((mark) => mark.ts);
  const [starts, scripts, ends] = [at('start'), at('script'), at('end')];
  const main = mainThreadEvents(events, marks);
  const tasks = main.filter((event) => event.depth === 0);
  return starts.map((start, index) => {
    const end = ends[index];
    const sum = (list) => msOf(list.reduce((total, event) => total + cpuIn(event, start, end), 0));
    const cpu = sum(tasks);
    const style = outermost(main, 'UpdateLayoutTree', start, end);
    const layout = outermost(main, 'Layout', start, end);
    const clickTask = tasks.find((task) => task.ts <= start && task.ts + task.dur >= scripts[index]);
    const inClick = (list) =>
      clickTask ? list.filter((event) => event.ts >= clickTask.ts && event.ts < clickTask.ts + clickTask.dur) : [];
    const script = clickTask ? sum([clickTask]) - sum(inClick(style)) - sum(inClick(layout)) : 0;
    const paint = ['PrePaint', 'Paint', 'Layerize'].reduce((total, name) => total + sum(outermost(main, name, start, end)), 0);
    const commit = sum(outermost(main, 'Commit', start, end));
    const parts = { script, style: sum(style), layout: sum(layout), paint, commit };
    const accounted = Object.values(parts).reduce((total, value) => total + value, 0);
    return {
      window: msOf(end - start),
      cpu,
      ...parts,
      other: Math.max(0, cpu - accounted),
      styleElements: style.reduce((total, event) => total + (event.args?.elementCount ?? 0), 0),
      layoutObjects: layout.reduce((total, event) => total + (event.args?.beginData?.dirtyObjects ?? 0), 0),
      stylePasses: style.length,
      layoutPasses: layout.length,
    };
  });
}
