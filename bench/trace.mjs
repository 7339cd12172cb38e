/**
 * Main-thread time from a Chromium trace, by kind of work, the way Lighthouse's "main-thread work
 * breakdown" counts it: each trace event's self time goes to the group of its name, or of its
 * nearest ancestor with a known name. Microtasks count as scripting: Lit renders in microtasks, and
 * the protocol's own ScriptDuration counter leaves most of them out.
 */

/** The trace categories this needs (passed to page.tracing.start). */
export const TRACE_CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
];

const GROUPS = {
  parse: ['ParseHTML', 'ParseAuthorStyleSheet'],
  styleLayout: ['ScheduleStyleRecalculation', 'UpdateLayoutTree', 'RecalculateStyles', 'InvalidateLayout', 'Layout'],
  paint: [
    'Animation', 'HitTest', 'PaintSetup', 'Paint', 'PaintImage', 'RasterTask', 'ScrollLayer', 'UpdateLayer',
    'UpdateLayerTree', 'CompositeLayers', 'PrePaint', 'Layerize', 'Commit',
  ],
  compile: ['v8.compile', 'v8.compileModule', 'v8.parseOnBackground', 'V8.CompileCode'],
  scripting: [
    'EventDispatch', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireIdleCallback',
    'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute',
  ],
  garbageCollection: ['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep', 'ThreadState::completeSweep'],
};
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([group, names]) => names.map((name) => [name, group])));

/**
 * Complete ("X") events per thread, with begin/end ("B"/"E") pairs joined into them, each with its
 * wall time and, when the trace has it, its thread (CPU) time.
 */
function completeEvents(events, threadKey) {
  const open = [];
  const complete = [];
  for (const event of events) {
    if (`${event.pid}:${event.tid}` !== threadKey) continue;
    if (event.ph === 'X') {
      const wall = event.dur ?? 0;
      complete.push({ name: event.name, start: event.ts, end: event.ts + wall, wall, cpu: event.tdur ?? wall });
    } else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (!begin) continue;
      const wall = event.ts - begin.ts;
      const cpu = event.tts !== undefined && begin.tts !== undefined ? event.tts - begin.tts : wall;
      complete.push({ name: begin.name, start: begin.ts, end: event.ts, wall, cpu });
    }
  }
  return complete.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Milliseconds of main-thread work in the page's renderers (not Chromium's own WebUI), by group,
 * counting only tasks that started before `untilMark` (a performance.mark name; its last
 * occurrence), or every task when the mark is absent. The groups count CPU time (the thread's own
 * time, which waiting for a busy machine's cores does not inflate); `wall` has the same in wall time.
 */
export function mainThreadBreakdown(trace, untilMark) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const processNames = new Map();
  const mainThreads = [];
  for (const event of events) {
    if (event.ph !== 'M') continue;
    if (event.name === 'process_name') processNames.set(event.pid, event.args?.name);
    if (event.name === 'thread_name' && event.args?.name === 'CrRendererMain') mainThreads.push(event);
  }
  const marks = events.filter((event) => event.name === untilMark).map((event) => event.ts);
  const until = marks.length ? Math.max(...marks) : Infinity;
  const groups = () => ({ scripting: 0, compile: 0, styleLayout: 0, parse: 0, paint: 0, garbageCollection: 0, other: 0 });
  const totals = groups();
  const wallTotals = groups();
  for (const thread of mainThreads) {
    if (processNames.get(thread.pid) !== 'Renderer') continue;
    const stack = [];
    for (const event of completeEvents(events, `${thread.pid}:${thread.tid}`)) {
      while (stack.length && stack[stack.length - 1].end <= event.start) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent && event.start >= until) continue;
      if (parent && event.end > parent.end) continue; // overlaps its would-be parent: not nested, skip
      event.group = GROUP_OF.get(event.name) ?? parent?.group ?? 'other';
      // Self time: its own duration, less that of its children (subtracted as they come).
      totals[event.group] += event.cpu;
      wallTotals[event.group] += event.wall;
      if (parent) {
        totals[parent.group] -= event.cpu;
        wallTotals[parent.group] -= event.wall;
      }
      stack.push(event);
    }
  }
  const inMilliseconds = (micros) => {
    const milliseconds = Object.fromEntries(Object.entries(micros).map(([group, value]) => [group, value / 1000]));
    milliseconds.total = Object.values(milliseconds).reduce((sum, value) => sum + value, 0);
    return milliseconds;
  };
  return { ...inMilliseconds(totals), wall: inMilliseconds(wallTotals) };
}
